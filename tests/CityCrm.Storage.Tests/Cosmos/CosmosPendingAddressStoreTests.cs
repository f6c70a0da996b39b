using CityCrm.Conversations.Portal;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Portal;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The unconfirmed-address contract on Cosmos DB, each test in its own database.</summary>
public sealed class CosmosPendingAddressStoreTests : PendingAddressStoreContract
{
    private CosmosStorage? storage;

    protected override async Task<IPendingAddressStore> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosPendingAddressStore.Container);
        return new CosmosPendingAddressStore(storage);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
