using CityCrm.Knowledge.Editorial;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The editorial history contract on Cosmos DB.</summary>
public sealed class CosmosEditorialStoreTests : EditorialStoreContract
{
    private CosmosStorage? storage;

    protected override async Task<IEditorialStore> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosEditorialStore.Container);
        return new CosmosEditorialStore(storage);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
