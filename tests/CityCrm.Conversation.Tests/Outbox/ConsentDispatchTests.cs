using System.Text.Json;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Tests.Outbox;

/// <summary>The outbox is where every message to a resident leaves; these prove the contact's consents hold it back.</summary>
public sealed class ConsentDispatchTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Dispatch_GlobalOptOut_BlocksRepliesAndNoticesWithoutSending()
    {
        await using var h = await OutboxHarness.CreateAsync();
        var c = await h.StartAsync("+15550401");
        await RecordAsync(h, c, ConsentRecord.Any, ConsentRecord.Any, optedIn: false);
        await h.AgentSaysAsync(c, "Hello from the city.");
        await CaseNoticeAsync(h, c);
        await h.StartDispatcherAsync();

        await h.RunUntilAsync(async () => (await h.TranscriptAsync(c)).All(m => m.DeliveryStatus == "blocked"), Step);

        Assert.Empty(h.Sender.Calls);
        Assert.All(await h.TranscriptAsync(c), m => Assert.Contains("all messages", m.DeliveryError));
    }

    [Fact]
    public async Task Dispatch_ContactOptedOutOfTheChannel_BlocksWithoutSending()
    {
        await using var h = await OutboxHarness.CreateAsync();
        var c = await h.StartAsync("+15550402");
        await RecordAsync(h, c, "sms", ConsentRecord.Any, optedIn: false);
        await h.AgentSaysAsync(c, "Hello from the city.");
        await h.StartDispatcherAsync();

        await h.RunUntilAsync(async () => (await h.TranscriptAsync(c)).Single().DeliveryStatus == "blocked", Step);

        Assert.Empty(h.Sender.Calls);
    }

    [Fact]
    public async Task Dispatch_OptedOutOfOneDepartmentsNews_BlocksItsNoticeButSendsTheAgentsReply()
    {
        await using var h = await OutboxHarness.CreateAsync();
        var c = await h.StartAsync("+15550403");
        await RecordAsync(h, c, ConsentRecord.Any, ConsentTopics.Department("Public Works"), optedIn: false);
        await CaseNoticeAsync(h, c);
        await h.AgentSaysAsync(c, "Anything else I can do?");
        await h.StartDispatcherAsync();

        await h.RunUntilAsync(async () => (await h.TranscriptAsync(c)).All(m => m.DeliveryStatus is "blocked" or "queued"), Step);

        var transcript = await h.TranscriptAsync(c);
        Assert.Equal(["blocked", "queued"], transcript.Select(m => m.DeliveryStatus));
        Assert.Equal(["Anything else I can do?"], h.Sender.AcceptedTexts);
    }

    [Fact]
    public async Task Dispatch_OptedBackIntoTheChannel_Sends()
    {
        await using var h = await OutboxHarness.CreateAsync();
        var c = await h.StartAsync("+15550404");
        await RecordAsync(h, c, "sms", ConsentRecord.Any, optedIn: false);
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        await RecordAsync(h, c, "sms", ConsentRecord.Any, optedIn: true);
        await h.AgentSaysAsync(c, "Welcome back.");
        await h.StartDispatcherAsync();

        await h.RunUntilAsync(async () => (await h.TranscriptAsync(c)).Single().DeliveryStatus == "queued", Step);

        Assert.Equal(["Welcome back."], h.Sender.AcceptedTexts);
    }

    private static Task RecordAsync(OutboxHarness h, Conversation c, string channel, string topic, bool optedIn) =>
        h.Consents.RecordAsync(new ConsentRecord(c.ContactId, channel, topic, optedIn, h.Clock.GetUtcNow(), "phone call", "Riverton 311 messages"), CancellationToken.None);

    // A request's news, as the case notifier sends it: a bot message carrying the case entity.
    private static Task<Message> CaseNoticeAsync(OutboxHarness h, Conversation c) =>
        h.Conversations.SendAsync(c.Id, new OutgoingMessage(AuthorKind.Bot, "bot", "Riverton 311", "R-100001 is closed.", Entities:
        [
            new Entity
            {
                Type = "case",
                Properties = new()
                {
                    ["reference"] = JsonSerializer.SerializeToElement("R-100001"),
                    ["department"] = JsonSerializer.SerializeToElement("Public Works"),
                },
            },
        ]), CancellationToken.None);
}
