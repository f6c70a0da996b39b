using CityCrm.Knowledge;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The article store contract on Cosmos DB.</summary>
public sealed class CosmosArticleStoreTests : ArticleStoreContract
{
    private CosmosStorage? storage;

    protected override async Task<IArticleStore> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosArticleStore.Container);
        return new CosmosArticleStore(storage);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
