using CityCrm.Knowledge.Insights;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Logs;
using CityCrm.Storage.Tests.Insights;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The article view contract on Cosmos DB.</summary>
public sealed class CosmosArticleViewsTests : ArticleViewsContract
{
    private CosmosStorage? storage;

    protected override async Task<IArticleViews> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosArticleViews.Container);
        return new CosmosArticleViews(storage);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
