using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Conversations;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>
/// The Cosmos conversation, outbox and opt-out stores over one new database, as the host wires them; one instance per
/// test, which deletes the database when disposed.
/// </summary>
public sealed class CosmosDeliveryStores : IAsyncDisposable
{
    private CosmosStorage? storage;

    /// <summary>Creates the database with every container the three stores use, and the stores over it.</summary>
    public async Task<DeliveryStores> CreateAsync()
    {
        storage = await CosmosTestStorage.CreateAsync([.. CosmosConversationStore.Containers, CosmosOptOutRegistry.Container]);
        return new DeliveryStores(
            new CosmosConversationStore(storage, TimeProvider.System),
            new CosmosOutboxStore(storage),
            new CosmosOptOutRegistry(storage));
    }

    /// <summary>Only the conversation store, for the contracts that need nothing else.</summary>
    public async Task<CityCrm.Conversations.Model.IConversationStore> CreateConversationsAsync() => (await CreateAsync()).Conversations;

    public async ValueTask DisposeAsync() => await CosmosTestStorage.DisposeAsync(storage);
}
