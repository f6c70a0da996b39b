using CityCrm.Conversations.Leases;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The lease contract on Cosmos DB.</summary>
public sealed class CosmosLeaseStoreTests : LeaseStoreContract
{
    private CosmosStorage? storage;

    protected override async Task<ILeaseStore> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosLeaseStore.Container);
        return new CosmosLeaseStore(storage);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
