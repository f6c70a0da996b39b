using CityCrm.Conversations.Agents;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Agents;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The staff account contract on Cosmos DB, each test in its own database.</summary>
public sealed class CosmosAgentAccountStoreTests : AgentAccountStoreContract
{
    private CosmosStorage? storage;

    protected override async Task<IAgentAccountStore> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosAgentAccountStore.Container);
        return new CosmosAgentAccountStore(storage, TimeProvider.System);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
