using CityCrm.Conversations.Portal;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Portal;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The portal sign-in code contract on Cosmos DB, each test in its own database.</summary>
public sealed class CosmosResidentCodeStoreTests : ResidentCodeStoreContract
{
    private CosmosStorage? storage;

    protected override async Task<IResidentCodeStore> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosResidentCodeStore.Container, CosmosCounter.Container);
        return new CosmosResidentCodeStore(storage);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
