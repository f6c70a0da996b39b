using CityCrm.CaseCore.Incidents;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The incident contract on Cosmos DB.</summary>
public sealed class CosmosIncidentStoreTests : IncidentStoreContract
{
    private CosmosStorage? storage;

    protected override async Task<IIncidentStore> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosIncidentStore.Container);
        return new CosmosIncidentStore(storage, TimeProvider.System);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
