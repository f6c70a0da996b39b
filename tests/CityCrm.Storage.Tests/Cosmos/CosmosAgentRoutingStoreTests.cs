using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Agents;
using CityCrm.Storage.Cosmos.Conversations;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The routing contract on Cosmos DB, each test in its own database.</summary>
public sealed class CosmosAgentRoutingStoreTests : AgentRoutingStoreContract
{
    private CosmosStorage? storage;

    protected override async Task<RoutingStores> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync([.. CosmosConversationStore.Containers, .. CosmosAgentRoutingStore.Containers]);
        return new RoutingStores(
            new CosmosAgentRoutingStore(storage),
            new CosmosAgentAccountStore(storage, TimeProvider.System),
            new CosmosConversationStore(storage, TimeProvider.System));
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
