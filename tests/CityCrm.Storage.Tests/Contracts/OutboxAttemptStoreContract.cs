using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using static CityCrm.Storage.Tests.Contracts.ConversationData;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The outbox's attempt marks and recorded provider ids, which let a restart find a send whose answer was lost.</summary>
public abstract class OutboxAttemptStoreContract : StoreContract<DeliveryStores>
{
    private IConversationStore Conversations => Store.Conversations;
    private IOutboxStore Outbox => Store.Outbox;

    [Fact]
    public async Task MarkAttemptAsync_MarkedTwice_KeepsTheFirstMarkOnTheHead()
    {
        var c = await CreateConversationAsync(Conversations, inbox: Sms, address: "+15550201");
        await Conversations.AppendForDeliveryAsync(Outgoing(c.Id, "hello"), ["hello"], None);
        var head = (await Outbox.GetHeadsAsync(10, None))[0];
        Assert.Null(head.AttemptStartedAt);

        await Outbox.MarkAttemptAsync(head.Id, T0, None);
        await Outbox.MarkAttemptAsync(head.Id, T0.AddMinutes(5), None);

        Assert.Equal(T0, (await Outbox.GetHeadsAsync(10, None))[0].AttemptStartedAt);
    }

    [Fact]
    public async Task MarkAttemptAsync_EntryAlreadyCompleted_ChangesNothing()
    {
        var c = await CreateConversationAsync(Conversations, inbox: Sms, address: "+15550202");
        await Conversations.AppendForDeliveryAsync(Outgoing(c.Id, "one"), ["one"], None);
        var head = (await Outbox.GetHeadsAsync(10, None))[0];
        await Outbox.CompleteAsync(head.Id, new DeliveryState("queued", "SM-1", null), T0, None);

        await Outbox.MarkAttemptAsync(head.Id, T0, None);

        Assert.Empty(await Outbox.GetHeadsAsync(10, None));
    }

    [Fact]
    public async Task FindRecordedAsync_SomeIdsRecorded_ReturnsOnlyThoseOfThatChannel()
    {
        var c = await CreateConversationAsync(Conversations, inbox: Sms, address: "+15550203");
        await Conversations.AppendForDeliveryAsync(Outgoing(c.Id, "a"), ["a"], None);
        await Outbox.CompleteAsync((await Outbox.GetHeadsAsync(10, None))[0].Id, new DeliveryState("queued", "SM-a", null), T0, None);

        var found = await Outbox.FindRecordedAsync(Sms.ChannelId, ["SM-a", "SM-b"], None);
        var otherChannel = await Outbox.FindRecordedAsync("email", ["SM-a"], None);
        var none = await Outbox.FindRecordedAsync(Sms.ChannelId, [], None);

        Assert.Equal(["SM-a"], found);
        Assert.Empty(otherChannel);
        Assert.Empty(none);
    }
}
