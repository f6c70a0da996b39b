using CityCrm.Conversations.Outbox;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Conversations;
using CityCrm.Storage.Tests.Contracts;
using static CityCrm.Storage.Tests.Contracts.ConversationData;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>
/// What a process killed between two writes leaves in Cosmos DB, written here directly, and how the next reader
/// completes or skips it.
/// </summary>
public sealed class CosmosConversationRecoveryTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private CosmosStorage storage = null!;
    private DeliveryStores stores = null!;

    private CosmosCollection Conversations => storage.Collection(CosmosConversationStore.ConversationsContainer.Name);
    private CosmosCollection Work => storage.Collection(CosmosConversationStore.WorkContainer.Name);

    public async Task InitializeAsync()
    {
        storage = await CosmosTestStorage.CreateAsync([.. CosmosConversationStore.Containers, CosmosOptOutRegistry.Container]);
        stores = new DeliveryStores(new CosmosConversationStore(storage, TimeProvider.System), new CosmosOutboxStore(storage), new CosmosOptOutRegistry(storage));
    }

    public Task DisposeAsync() => CosmosTestStorage.DisposeAsync(storage);

    [Fact]
    public async Task AppendAsync_ClaimLeftByAWriterThatDied_IsTakenOverAndStoredOnce()
    {
        var c = await CreateConversationAsync(stores.Conversations);
        var stale = new ExternalIdMarker(ExternalIdMarker.IdFor("SM-crashed"), c.Id, ExternalIdMarker.Kind, "SM-crashed", 0, DateTimeOffset.UtcNow.AddMinutes(-5));
        await Conversations.UpsertAsync(stale, c.Id, None);

        var first = await stores.Conversations.AppendAsync(Incoming(c.Id, "pothole", "SM-crashed"), None);
        var retry = await stores.Conversations.AppendAsync(Incoming(c.Id, "pothole", "SM-crashed"), None);

        Assert.False(first.Duplicate);
        Assert.True(retry.Duplicate);
        Assert.Equal(first.Message.Sequence, retry.Message.Sequence);
        Assert.Single(await stores.Conversations.GetMessagesAsync(c.Id, 0, 10, None));
    }

    [Fact]
    public async Task GetUnhandledIncomingAsync_PointerWhoseMessageNeverCame_IsSkipped()
    {
        var c = await CreateConversationAsync(stores.Conversations);
        await Work.UpsertAsync(new UnhandledPointer(UnhandledPointer.IdFor(c.Id, 7), UnhandledPointer.Partition, c.Id, 7, ConversationKeys.Sort(T0.UtcTicks, 7)),
            UnhandledPointer.Partition, None);
        await stores.Conversations.AppendAsync(Incoming(c.Id, "still waiting", at: T0.AddMinutes(1)), None);

        var pending = await stores.Conversations.GetUnhandledIncomingAsync(10, None);

        Assert.Equal(["still waiting"], pending.Select(m => m.Text));
    }

    [Fact]
    public async Task GetHeadsAsync_HeadLeftOnACompletedEntry_MovesItToTheNextPendingEntry()
    {
        var c = await CreateConversationAsync(stores.Conversations, inbox: Sms, address: "+15550400");
        await stores.Conversations.AppendForDeliveryAsync(Outgoing(c.Id, "one two"), ["one", "two"], None);
        var head = (await Work.ReadAsync<OutboxHead>(OutboxHead.IdFor(c.Id), OutboxHead.Partition, None))!;
        var message = (await Conversations.ReadAsync<MessageDocument>(ConversationKeys.Message(1), c.Id, None))!;
        // The entry was accepted, then the process died before the head moved on.
        var completed = message.Document.WithPart(message.Document.Outbox![0] with { Status = DeliveryStatuses.Queued, ProviderMessageId = "SM-1" });
        Assert.True(await Conversations.ReplaceAsync(completed, completed.Id, c.Id, message.ETag, None));

        var first = await stores.Outbox.GetHeadsAsync(10, None);
        var second = await stores.Outbox.GetHeadsAsync(10, None);

        Assert.Empty(first);
        Assert.Equal(["two"], second.Select(h => h.Text));
        Assert.Equal(head.Document.EntryId + 1, second[0].Id);
    }
}
