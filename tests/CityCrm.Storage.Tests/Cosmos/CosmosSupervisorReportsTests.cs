using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Conversations;
using CityCrm.Storage.Cosmos.Supervision;
using CityCrm.Storage.Tests.Supervision;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The supervisor reports contract on Cosmos DB, reading the Cosmos conversation and case stores.</summary>
public sealed class CosmosSupervisorReportsTests : SupervisorReportsContract
{
    private CosmosStorage? storage;

    protected override async Task<SupervisorStores> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(
            [CosmosSupervisorReports.Container, CosmosCaseStore.Container, CosmosCounter.Container, .. CosmosConversationStore.Containers]);
        return new SupervisorStores(new CosmosSupervisorReports(storage), new CosmosConversationStore(storage, TimeProvider.System), new CosmosCaseStore(storage));
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
