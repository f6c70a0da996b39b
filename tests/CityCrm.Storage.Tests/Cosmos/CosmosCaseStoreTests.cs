using CityCrm.CaseCore;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The case contract on Cosmos DB.</summary>
public sealed class CosmosCaseStoreTests : CaseStoreContract
{
    private CosmosStorage? storage;

    protected override async Task<ICaseStore> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosCaseStore.Container, CosmosCounter.Container);
        return new CosmosCaseStore(storage);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
