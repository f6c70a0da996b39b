using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using static CityCrm.Storage.Tests.Contracts.ConversationData;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The outbox contract: entries written with their message, heads per conversation, delivery status on the message.</summary>
public abstract class OutboxStoreContract : StoreContract<DeliveryStores>
{
    private IConversationStore Conversations => Store.Conversations;
    private IOutboxStore Outbox => Store.Outbox;

    [Fact]
    public async Task AppendForDeliveryAsync_ThreeParts_StoresPendingMessageWithItsFirstPartAsHead()
    {
        var c = await CreateConversationAsync(Conversations, inbox: Sms, address: "+15550101");

        var appended = await Conversations.AppendForDeliveryAsync(Outgoing(c.Id, "one two three"), ["one", "two", "three"], None);

        Assert.False(appended.Duplicate);
        var stored = Assert.Single(await Conversations.GetMessagesAsync(c.Id, 0, 10, None));
        Assert.Equal(DeliveryStatuses.Pending, stored.DeliveryStatus);
        var head = Assert.Single(await Outbox.GetHeadsAsync(10, None));
        Assert.Equal((c.Id, 1L, 1, 3, "one"), (head.ConversationId, head.Sequence, head.Part, head.PartCount, head.Text));
        Assert.Equal((Sms.Id, Sms.ChannelId, "+15550101"), (head.InboxId, head.ChannelId, head.Address));
        Assert.Equal("one two three", head.Activity.Text);
    }

    [Fact]
    public async Task AppendAsync_PlainAppend_HasNoDeliveryStatusAndNoEntry()
    {
        var c = await CreateConversationAsync(Conversations);

        await Conversations.AppendAsync(Outgoing(c.Id, "web chat reply"), None);

        Assert.Null(Assert.Single(await Conversations.GetMessagesAsync(c.Id, 0, 10, None)).DeliveryStatus);
        Assert.Empty(await Outbox.GetHeadsAsync(10, None));
    }

    [Fact]
    public async Task AppendForDeliveryAsync_DuplicateExternalId_WritesNoMoreEntries()
    {
        var c = await CreateConversationAsync(Conversations, inbox: Sms, address: "+15550102");
        await Conversations.AppendForDeliveryAsync(WithExternalId(Outgoing(c.Id, "notice"), "notice-1"), ["notice"], None);

        var again = await Conversations.AppendForDeliveryAsync(WithExternalId(Outgoing(c.Id, "notice again"), "notice-1"), ["notice", "again"], None);

        Assert.True(again.Duplicate);
        var head = Assert.Single(await Outbox.GetHeadsAsync(10, None));
        await Outbox.CompleteAsync(head.Id, new DeliveryState("queued", "SM1", null), T0, None);
        Assert.Empty(await Outbox.GetHeadsAsync(10, None));
        Assert.Single(await Conversations.GetMessagesAsync(c.Id, 0, 10, None));
    }

    [Fact]
    public async Task AppendForDeliveryAsync_EntryCannotBeWritten_StoresNeitherMessageNorEntries()
    {
        var c = await CreateConversationAsync(Conversations, inbox: Sms, address: "+15550103");

        await Assert.ThrowsAnyAsync<Exception>(() => Conversations.AppendForDeliveryAsync(Outgoing(c.Id, "x"), ["first", null!], None));

        Assert.Empty(await Conversations.GetMessagesAsync(c.Id, 0, 10, None));
        Assert.Empty(await Outbox.GetHeadsAsync(10, None));
        Assert.Equal(1, (await Conversations.AppendAsync(Outgoing(c.Id, "next"), None)).Message.Sequence);
    }

    [Fact]
    public async Task GetHeadsAsync_PartsAndMessages_ComeOneAtATimeInOrder()
    {
        var c = await CreateConversationAsync(Conversations, inbox: Sms, address: "+15550104");
        await Conversations.AppendForDeliveryAsync(Outgoing(c.Id, "a b"), ["a", "b"], None);
        await Conversations.AppendForDeliveryAsync(Outgoing(c.Id, "c"), ["c"], None);

        var seen = new List<string>();
        while ((await Outbox.GetHeadsAsync(10, None)).SingleOrDefault() is { } head)
        {
            seen.Add($"{head.Sequence}.{head.Part}:{head.Text}");
            await Outbox.CompleteAsync(head.Id, new DeliveryState(seen.Count == 2 ? "failed" : "queued", seen.Count == 2 ? null : "SM" + seen.Count, null), T0, None);
        }

        Assert.Equal(["1.1:a", "1.2:b", "2.1:c"], seen);
    }

    [Fact]
    public async Task GetHeadsAsync_RetryLater_PutsThatConversationBehindOthersAndKeepsItsHead()
    {
        var a = await CreateConversationAsync(Conversations, inbox: Sms, address: "+15550105");
        var b = await CreateConversationAsync(Conversations, inbox: Sms, address: "+15550106");
        await Conversations.AppendForDeliveryAsync(Outgoing(a.Id, "a1"), ["a1"], None);
        await Conversations.AppendForDeliveryAsync(Outgoing(a.Id, "a2"), ["a2"], None);
        await Conversations.AppendForDeliveryAsync(Outgoing(b.Id, "b1"), ["b1"], None);
        var first = (await Outbox.GetHeadsAsync(10, None))[0];
        Assert.Equal("a1", first.Text);

        var changed = await Outbox.RetryLaterAsync(first.Id, DateTimeOffset.UtcNow.AddHours(1), "HTTP 503", T0, None);

        var heads = await Outbox.GetHeadsAsync(10, None);
        Assert.Equal(["b1", "a1"], heads.Select(h => h.Text));
        Assert.Equal(1, heads[1].Attempts);
        Assert.Equal((DeliveryStatuses.Pending, "HTTP 503"), (changed?.DeliveryStatus, changed?.DeliveryError));
    }

    [Fact]
    public async Task CompleteAsync_PartsAccepted_MessageMovesOnWhenEveryPartHas()
    {
        var c = await CreateConversationAsync(Conversations, inbox: Sms, address: "+15550107");
        await Conversations.AppendForDeliveryAsync(Outgoing(c.Id, "p1 p2"), ["p1", "p2"], None);

        var afterFirst = await Outbox.CompleteAsync((await Outbox.GetHeadsAsync(1, None))[0].Id, new DeliveryState("queued", "SM-a", null), T0, None);
        var afterSecond = await Outbox.CompleteAsync((await Outbox.GetHeadsAsync(1, None))[0].Id, new DeliveryState("queued", "SM-b", null), T0, None);

        Assert.Equal((DeliveryStatuses.Pending, "SM-a"), (afterFirst?.DeliveryStatus, afterFirst?.ProviderMessageId));
        Assert.Equal((DeliveryStatuses.Queued, "SM-a,SM-b"), (afterSecond?.DeliveryStatus, afterSecond?.ProviderMessageId));
        var stored = Assert.Single(await Conversations.GetMessagesAsync(c.Id, 0, 10, None));
        Assert.Equal((DeliveryStatuses.Queued, "SM-a,SM-b", (string?)null), (stored.DeliveryStatus, stored.ProviderMessageId, stored.DeliveryError));
    }

    [Fact]
    public async Task CompleteAsync_Blocked_ShowsOnTheMessageWithTheReason()
    {
        var c = await CreateConversationAsync(Conversations, inbox: Sms, address: "+15550108");
        await Conversations.AppendForDeliveryAsync(Outgoing(c.Id, "hello"), ["hello"], None);

        var changed = await Outbox.CompleteAsync((await Outbox.GetHeadsAsync(1, None))[0].Id, new DeliveryState("blocked", null, "opted out"), T0, None);

        Assert.Equal(("blocked", "opted out"), (changed?.DeliveryStatus, changed?.DeliveryError));
        Assert.Empty(await Outbox.GetHeadsAsync(10, None));
    }

    [Fact]
    public async Task GetBacklogAsync_PendingAndRetryingAndAccepted_CountsTheUnacceptedAndTheOldest()
    {
        Assert.Equal(new OutboxBacklog(0, null), await Outbox.GetBacklogAsync(None));
        var a = await CreateConversationAsync(Conversations, inbox: Sms, address: "+15550111");
        var b = await CreateConversationAsync(Conversations, inbox: Sms, address: "+15550112");
        await Conversations.AppendForDeliveryAsync(Outgoing(a.Id, "first", T0.AddMinutes(1)), ["first"], None);
        await Conversations.AppendForDeliveryAsync(Outgoing(b.Id, "second third", T0.AddMinutes(2)), ["second", "third"], None);
        var heads = await Outbox.GetHeadsAsync(10, None);
        await Outbox.CompleteAsync(heads.Single(h => h.ConversationId == a.Id).Id, new DeliveryState("queued", "SM9", null), T0.AddMinutes(3), None);
        await Outbox.RetryLaterAsync(heads.Single(h => h.ConversationId == b.Id).Id, T0.AddMinutes(9), "HTTP 503", T0.AddMinutes(3), None);

        var backlog = await Outbox.GetBacklogAsync(None);

        // Entries carry the time the store wrote them; b's two parts are what still waits.
        var written = heads.Single(h => h.ConversationId == b.Id).CreatedAt;
        Assert.Equal(new OutboxBacklog(2, written), backlog);
        Assert.Equal(TimeSpan.FromMinutes(8), backlog.LagAt(written.AddMinutes(8)));
        Assert.Equal(TimeSpan.Zero, backlog.LagAt(written.AddMinutes(-1)));
    }

    [Fact]
    public async Task ApplyReportAsync_CallbacksOutOfOrder_NeverMovesBack()
    {
        var c = await CreateConversationAsync(Conversations, inbox: Sms, address: "+15550109");
        await Conversations.AppendForDeliveryAsync(Outgoing(c.Id, "hello"), ["hello"], None);
        await Outbox.CompleteAsync((await Outbox.GetHeadsAsync(1, None))[0].Id, new DeliveryState("queued", "SM-late", null), T0, None);

        var delivered = await Outbox.ApplyReportAsync(new DeliveryReport("sms", "SM-late", "delivered", null, T0.AddSeconds(5)), None);
        var staleSent = await Outbox.ApplyReportAsync(new DeliveryReport("sms", "SM-late", "sent", null, T0.AddSeconds(6)), None);
        var staleFailed = await Outbox.ApplyReportAsync(new DeliveryReport("sms", "SM-late", "failed", "30003", T0.AddSeconds(7)), None);

        Assert.Equal((true, "delivered"), (delivered.Found, delivered.Changed?.DeliveryStatus));
        Assert.Equal((true, (Message?)null), (staleSent.Found, staleSent.Changed));
        Assert.Equal((true, (Message?)null), (staleFailed.Found, staleFailed.Changed));
        Assert.Equal("delivered", Assert.Single(await Conversations.GetMessagesAsync(c.Id, 0, 10, None)).DeliveryStatus);
    }

    [Fact]
    public async Task ApplyReportAsync_Undelivered_RecordsTheErrorCode()
    {
        var c = await CreateConversationAsync(Conversations, inbox: Sms, address: "+15550110");
        await Conversations.AppendForDeliveryAsync(Outgoing(c.Id, "hello"), ["hello"], None);
        await Outbox.CompleteAsync((await Outbox.GetHeadsAsync(1, None))[0].Id, new DeliveryState("queued", "SM-x", null), T0, None);
        await Outbox.ApplyReportAsync(new DeliveryReport("sms", "SM-x", "sent", null, T0), None);

        var update = await Outbox.ApplyReportAsync(new DeliveryReport("sms", "SM-x", "Undelivered", "30003", T0), None);

        Assert.Equal(("undelivered", "30003"), (update.Changed?.DeliveryStatus, update.Changed?.DeliveryError));
    }

    [Fact]
    public async Task ApplyReportAsync_UnknownIdOrOtherChannel_IsNotFound()
    {
        var c = await CreateConversationAsync(Conversations, inbox: Sms, address: "+15550111");
        await Conversations.AppendForDeliveryAsync(Outgoing(c.Id, "hello"), ["hello"], None);
        await Outbox.CompleteAsync((await Outbox.GetHeadsAsync(1, None))[0].Id, new DeliveryState("queued", "SM-y", null), T0, None);

        Assert.False((await Outbox.ApplyReportAsync(new DeliveryReport("sms", "SM-nobody", "delivered", null, T0), None)).Found);
        Assert.False((await Outbox.ApplyReportAsync(new DeliveryReport("whatsapp", "SM-y", "delivered", null, T0), None)).Found);
    }

    private static Message WithExternalId(Message m, string externalId) => new()
    {
        ConversationId = m.ConversationId,
        Direction = m.Direction,
        AuthorKind = m.AuthorKind,
        AuthorId = m.AuthorId,
        AuthorName = m.AuthorName,
        Text = m.Text,
        Activity = m.Activity,
        ExternalId = externalId,
        CreatedAt = m.CreatedAt,
    };
}
