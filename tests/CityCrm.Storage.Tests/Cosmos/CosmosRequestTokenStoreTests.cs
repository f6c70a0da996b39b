using CityCrm.CaseCore;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The request token contract on Cosmos DB.</summary>
public sealed class CosmosRequestTokenStoreTests : RequestTokenStoreContract
{
    private CosmosStorage? storage;

    protected override async Task<IRequestTokenStore> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosRequestTokenStore.Container);
        return new CosmosRequestTokenStore(storage);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
