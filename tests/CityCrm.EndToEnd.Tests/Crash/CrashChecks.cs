using CityCrm.Channels.Twilio.Tests.Support;

namespace CityCrm.EndToEnd.Tests.Crash;

/// <summary>What must hold after the kills, the last restart and a drain; each failure names the seed to replay.</summary>
public sealed class CrashChecks(CrashPlan plan, CrashDatabase db, FakeTwilioApi twilio)
{
    private const string SurveyQuestion = "How satisfied%";

    private string Replay => $" (replay with CITYCRM_CRASH_SEED={plan.Seed})";

    /// <summary>Every acknowledged resident message is stored exactly once, whatever was re-posted.</summary>
    public async Task AcknowledgedMessagesStoredOnceAsync()
    {
        var counts = (await db.QueryAsync<(string Key, long Count)>(
                "SELECT external_id, COUNT(*) FROM messages WHERE direction = 0 AND external_id IS NOT NULL GROUP BY external_id;"))
            .ToDictionary(r => r.Key, r => r.Count);
        foreach (var message in plan.AllMessages)
        {
            Assert.True(message.Acknowledged, $"{message.Key} was never acknowledged{Replay}");
            Assert.True(counts.GetValueOrDefault(message.Key) == 1,
                $"{message.Key} ('{message.Text}', posted {message.Posts}x, acknowledged {message.Acks}x) is stored {counts.GetValueOrDefault(message.Key)} times{Replay}");
        }
    }

    /// <summary>Every SMS outbox entry was accepted by Twilio exactly once: its sids and Twilio's messages match one to one.</summary>
    public async Task QueuedTextsSentOnceAsync()
    {
        var entries = await db.QueryAsync<(long Id, string Address, string Text, string Status, string? Sid, string? Error)>(
            "SELECT id, address, text, status, provider_message_id, error FROM outbox WHERE channel_id = 'sms';");
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
            Assert.True(entry.Sid is not null, $"outbox entry {entry.Id} to {entry.Address} ended {entry.Status} without a sid: {entry.Error}{Replay}");
        var created = twilio.Created.Values.ToList();
        var unrecorded = created.Where(c => entries.All(e => e.Sid != c.Sid)).ToList();
        Assert.True(unrecorded.Count == 0,
            $"Twilio accepted {unrecorded.Count} messages no entry records (sent twice): {string.Join("; ", unrecorded.Select(u => $"{u.To}: {u.Body}"))}{Replay}");
        Assert.Equal(entries.Count, created.Count);
        foreach (var entry in entries)
        {
            var message = Assert.Single(created, c => c.Sid == entry.Sid);
            Assert.Equal((entry.Address, entry.Text), (message.To, message.Body));
        }
    }

    /// <summary>Every satisfaction survey due was started once: asked exactly once (in the transcript and at Twilio) or skipped.</summary>
    public async Task<int> SurveysFiredOnceAsync()
    {
        var runs = await db.QueryAsync<(string Id, string ConversationId, long State, string? AskedAt, string Channel, string Address)>(
            """
            SELECT r.id, r.conversation_id, r.state, r.asked_at, r.channel, c.address
            FROM survey_runs r JOIN conversations c ON c.id = r.conversation_id;
            """);
        foreach (var run in runs)
        {
            Assert.True(run.State != 0, $"survey run {run.Id} never fired{Replay}");
            var asked = run.AskedAt is null ? 0 : 1;
            var inTranscript = await db.CountAsync(
                "SELECT COUNT(*) FROM messages WHERE conversation_id = @ConversationId AND direction = 1 AND text LIKE @q;",
                new { run.ConversationId, q = SurveyQuestion });
            Assert.True(inTranscript == asked, $"survey run {run.Id} (state {run.State}) asked {inTranscript} times in the transcript{Replay}");
            if (run.Channel == "sms")
            {
                var atTwilio = twilio.Created.Values.Count(c => c.To == run.Address && c.Body.StartsWith("How satisfied", StringComparison.Ordinal));
                Assert.True(atTwilio == asked, $"survey run {run.Id} was texted {atTwilio} times{Replay}");
            }
        }
        return runs.Count(r => r.AskedAt is not null);
    }

    /// <summary>The index holds exactly the published articles (ids and versions), and they are the editors' published versions.</summary>
    public async Task<int> IndexMatchesPublishedArticlesAsync()
    {
        var stored = (await db.QueryAsync<(string Id, long Version)>("SELECT id, version FROM articles;"))
            .Select(a => $"{a.Id}@{a.Version}").Order(StringComparer.Ordinal).ToList();
        var indexed = db.IndexedArticles().Select(a => $"{a.Id}@{a.Version}").Order(StringComparer.Ordinal).ToList();
        Assert.True(stored.SequenceEqual(indexed),
            $"index and store differ: only stored [{string.Join(", ", stored.Except(indexed))}], only indexed [{string.Join(", ", indexed.Except(stored))}]{Replay}");
        var editorial = (await db.QueryAsync<(string Id, long Version)>(
                "SELECT id, published_version FROM editorial_articles WHERE published_version IS NOT NULL;"))
            .Select(a => $"{a.Id}@{a.Version}").ToList();
        var unpublished = await db.QueryAsync<string>("SELECT id FROM editorial_articles WHERE published_version IS NULL;");
        Assert.True(editorial.All(stored.Contains), $"published versions missing from the store: [{string.Join(", ", editorial.Except(stored))}]{Replay}");
        Assert.True(unpublished.All(id => stored.All(s => !s.StartsWith(id + "@", StringComparison.Ordinal))),
            $"an article the editors unpublished still answers{Replay}");
        return stored.Count(s => s.StartsWith("crash-notice-", StringComparison.Ordinal));
    }
}
