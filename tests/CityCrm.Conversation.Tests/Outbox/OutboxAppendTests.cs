using CityCrm.Conversations.Events;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;

namespace CityCrm.Conversations.Tests.Outbox;

/// <summary>Which outgoing messages enter the outbox when the conversation service stores them.</summary>
public sealed class OutboxAppendTests
{
    [Fact]
    public async Task SendAsync_WebChatConversation_WritesNoOutboxEntry()
    {
        await using var h = await OutboxHarness.CreateAsync();
        var c = await h.StartAsync("dl_resident", OutboxHarness.Web);

        var sent = await h.AgentSaysAsync(c, "Web chat reads the transcript.");

        Assert.Null(sent.DeliveryStatus);
        Assert.Null((await h.TranscriptAsync(c)).Single().DeliveryStatus);
        Assert.Empty(await h.Outbox.GetHeadsAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_PrivateNoteOrSystemActivityOnSms_WritesNoOutboxEntry()
    {
        await using var h = await OutboxHarness.CreateAsync();
        var c = await h.StartAsync("+15550401");

        await h.AgentSaysAsync(c, "Staff only.", isPrivate: true);
        await h.Conversations.SendAsync(c.Id, new Inbound.OutgoingMessage(AuthorKind.System, "agent-1", "Alex", "Alex joined the conversation."), CancellationToken.None);

        Assert.All(await h.TranscriptAsync(c), m => Assert.Null(m.DeliveryStatus));
        Assert.Empty(await h.Outbox.GetHeadsAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_LongBotReplyOnSms_WritesOnePendingEntryPerPart()
    {
        await using var h = await OutboxHarness.CreateAsync();
        var c = await h.StartAsync("+15550402");
        var text = string.Join("\n\n", Enumerable.Range(1, 4).Select(i => $"Paragraph {i}: " + new string('x', 100)));

        var sent = await h.Conversations.SendAsync(c.Id, new Inbound.OutgoingMessage(AuthorKind.Bot, "bot", "Riverton 311", text), CancellationToken.None);

        Assert.Equal(DeliveryStatuses.Pending, sent.DeliveryStatus);
        var head = Assert.Single(await h.Outbox.GetHeadsAsync(10, CancellationToken.None));
        Assert.Equal((1, 4), (head.Part, head.PartCount));
        Assert.StartsWith("Paragraph 1:", head.Text);
    }

    [Fact]
    public async Task ReportAsync_DeliveredThenLateSent_StaysDeliveredAndPublishesOnce()
    {
        await using var h = await OutboxHarness.CreateAsync();
        var c = await h.StartAsync("+15550403");
        await h.AgentSaysAsync(c, "Hi.");
        var head = (await h.Outbox.GetHeadsAsync(1, CancellationToken.None)).Single();
        await h.Outbox.CompleteAsync(head.Id, new DeliveryState("queued", "SM-77", null), OutboxHarness.T0, CancellationToken.None);

        Assert.True(await h.Reports.ReportAsync(new DeliveryReport("sms", "SM-77", "delivered", null, OutboxHarness.T0), CancellationToken.None));
        Assert.True(await h.Reports.ReportAsync(new DeliveryReport("sms", "SM-77", "sent", null, OutboxHarness.T0), CancellationToken.None));
        Assert.False(await h.Reports.ReportAsync(new DeliveryReport("sms", "SM-nope", "sent", null, OutboxHarness.T0), CancellationToken.None));

        Assert.Equal("delivered", (await h.TranscriptAsync(c)).Single().DeliveryStatus);
        Assert.Equal("delivered", Assert.Single(h.Publisher.Events.OfType<MessageDeliveryChanged>()).Message.DeliveryStatus);
    }
}
