using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The contact profile, consent and duplicate-key contract on Cosmos DB, each test in its own database.</summary>
public sealed class CosmosContactStoreTests : ContactStoreContract
{
    private CosmosStorage? storage;

    protected override async Task<ContactStores> CreateStoreAsync()
    {
        // The storage is kept to delete its database after the test.
        var (created, stores) = await CosmosContactStores.CreateAsync();
        storage = created;
        return stores;
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
