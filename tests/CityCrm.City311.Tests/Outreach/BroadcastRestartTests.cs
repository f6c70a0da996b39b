using CityCrm.Testing;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Outreach;

/// <summary>A broadcast interrupted mid-send on a SQLite file continues after a restart, and nobody is texted twice.</summary>
public sealed class BroadcastRestartTests
{
    [Fact]
    public async Task SendDue_StoppedAfterAMessageWasWrittenThenRestarted_EveryResidentTextedExactlyOnce()
    {
        var folder = Directory.CreateTempSubdirectory("citycrm-outreach-restart-").FullName;
        var numbers = Enumerable.Range(0, 5).Select(i => $"+1312555060{i}").ToList();
        try
        {
            string broadcast;
            List<string> sentBefore;
            using (var first = OutreachAppFactory.On(folder, inner => new CrashingBroadcastStore(inner, crashOnSent: 3)))
            {
                foreach (var number in numbers)
                    await first.ResidentAsync(number, p => p with { Tags = ["birch"] });
                using var supervisor = await first.SupervisorAsync();
                broadcast = await supervisor.BroadcastAsync(await supervisor.SegmentAsync("Birch", new { tags = new[] { "birch" } }), new { en = "Birch St repaving." });

                await first.SendDueAsync();
                await Assert.ThrowsAsync<IOException>(first.SendDueAsync);
                // The third message was written before the stop: its outbox sends it.
                await Eventually.FindAsync(() => first.Sender.Sent.Count == 3 ? "three" : null);
                sentBefore = [.. first.Sender.Sent.Select(d => d.Address)];
            }

            using var second = OutreachAppFactory.On(folder);
            using (var supervisor = await second.SupervisorAsync())
            {
                await second.SendAllAsync();
                var report = await supervisor.ReportAsync(broadcast);
                Assert.Equal((5, 5, 0), (report.Count("planned"), report.Count("sent"), report.Count("waiting")));
            }
            await Eventually.FindAsync(() => second.Sender.Sent.Count >= 2 ? "two" : null);
            var everyText = sentBefore.Concat(second.Sender.Sent.Select(d => d.Address)).ToList();
            Assert.Equal(numbers.Order(), everyText.Order());
            var store = second.Services.GetRequiredService<IConversationStore>();
            foreach (var number in numbers)
            {
                var contact = await store.GetOrCreateContactAsync("sms-main", number, null, CancellationToken.None);
                var conversation = await store.FindLatestAsync("sms-main", contact.Id, CancellationToken.None);
                var transcript = await second.Conversations.GetTranscriptAsync(conversation!.Id, 0, 100, CancellationToken.None);
                Assert.Single(transcript, m => m.Text == "Birch St repaving.");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { /* the OS cleans its temp folder */ }
        }
    }
}
