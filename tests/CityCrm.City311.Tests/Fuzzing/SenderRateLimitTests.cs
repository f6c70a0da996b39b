using System.Net;
using CityCrm.City311.Tests.DirectLine;
using CityCrm.Conversations.Model;
using CityCrm.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Fuzzing;

/// <summary>
/// Per-sender limits: a Direct Line user and an Open311 api key are refused with 429 and Retry-After beyond theirs,
/// while others go on; a flooding SMS sender is never refused (Twilio does not retry) but the bot stops answering them.
/// </summary>
public sealed class SenderRateLimitTests(SenderLimitedHost host) : IClassFixture<SenderLimitedHost>
{
    [Fact]
    public async Task DirectLineUser_OverTheLimit_Answers429WhileOthersPost()
    {
        var directLine = new DirectLineClient(host.CreateClient());
        var flooder = await directLine.StartAsync();
        var other = await directLine.StartAsync();
        for (var i = 0; i < SenderLimitedHost.PerDirectLineUser; i++)
            Assert.Equal(HttpStatusCode.OK, (await directLine.PostMessageAsync(flooder.ConversationId, flooder.Token, $"message {i}")).StatusCode);

        await TooManyRequests.AssertRefusedAsync(await directLine.PostMessageAsync(flooder.ConversationId, flooder.Token, "one too many"));
        Assert.Equal(HttpStatusCode.OK, (await directLine.PostMessageAsync(other.ConversationId, other.Token, "hello")).StatusCode);
    }

    [Fact]
    public async Task Open311Key_OverTheLimit_Answers429InTheSpecsErrorFormat()
    {
        using var client = host.CreateClient();
        for (var i = 0; i < SenderLimitedHost.PerOpen311Key; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostAsync("/open311/v2/requests.json", Filing())).StatusCode);

        using var refused = await client.PostAsync("/open311/v2/requests.json", Filing());

        // Open311 clients read the spec's error list, so the refusal keeps that format.
        await TooManyRequests.AssertRefusedAsync(refused, "application/json");
    }

    [Fact]
    public async Task SmsSender_Flooding_EveryMessageKeptButBotQuietAfterTheLimit()
    {
        using var client = host.CreateClient();
        const string flooder = "+15555557001";
        for (var i = 0; i < SenderLimitedHost.BotAnswersPerSender + 3; i++)
        {
            var fields = ProviderRequests.ReadForm(ProviderRequests.Files("twilio").Single(f => f.EndsWith("sms.form", StringComparison.Ordinal)))
                .Select(f => f.Key switch
                {
                    "From" => new KeyValuePair<string, string>(f.Key, flooder),
                    "Body" => new(f.Key, $"When is trash picked up? ({i})"),
                    "MessageSid" or "SmsSid" or "SmsMessageSid" => new(f.Key, $"SMflood{i:D26}"),
                    _ => f,
                }).ToList();
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(ProviderRequests.Twilio("/twilio/sms", fields))).StatusCode);
            // One turn at a time, so the transcript's order tells which message each bot answer followed.
            await HandledTranscriptAsync(flooder, i + 1);
        }

        var transcript = await HandledTranscriptAsync(flooder, SenderLimitedHost.BotAnswersPerSender + 3);
        Assert.Equal(SenderLimitedHost.BotAnswersPerSender + 3, transcript.Count(m => m.Direction == MessageDirection.Incoming));
        var incoming = transcript.Where(m => m.Direction == MessageDirection.Incoming).ToList();
        var lastAnswered = incoming[SenderLimitedHost.BotAnswersPerSender - 1].Sequence;
        Assert.Contains(transcript, m => m.AuthorKind == AuthorKind.Bot && m.Sequence > lastAnswered);
        Assert.DoesNotContain(transcript, m => m.AuthorKind == AuthorKind.Bot && m.Sequence > incoming[SenderLimitedHost.BotAnswersPerSender].Sequence);
    }

    private static FormUrlEncodedContent Filing() => new(new Dictionary<string, string>
    {
        ["api_key"] = FuzzHost.Open311Key, ["service_code"] = "pothole", ["description"] = "Deep pothole", ["lat"] = "42.30", ["long"] = "-71.06",
    });

    // Every message stored (none refused) and every bot turn run, so what the bot did not say it will not say later.
    private async Task<IReadOnlyList<Message>> HandledTranscriptAsync(string address, int expected)
    {
        var store = host.Services.GetRequiredService<IConversationStore>();
        var contact = await store.GetOrCreateContactAsync("sms", address, null, CancellationToken.None);
        var conversation = (await store.FindLatestAsync("sms", contact.Id, CancellationToken.None))!;
        return await Eventually.FindAsync<IReadOnlyList<Message>>(async () =>
        {
            var messages = await host.Conversations.GetTranscriptAsync(conversation.Id, 0, 500, CancellationToken.None);
            var incoming = messages.Where(m => m.Direction == MessageDirection.Incoming).ToList();
            if (incoming.Count < expected)
                return null;
            foreach (var message in incoming)
                if (!await store.IsHandledAsync(conversation.Id, message.Sequence, CancellationToken.None))
                    return null;
            return messages;
        });
    }
}
