using CityCrm.Knowledge.Content;
using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace CityCrm.Knowledge.Tests;

public sealed class KnowledgeSeederTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly InMemoryArticleStore store = new();
    private readonly KnowledgeOptions options;
    private readonly LuceneArticleIndex index;

    public KnowledgeSeederTests()
    {
        options = new KnowledgeOptions { IndexPath = folder.Sub("index"), ContentPath = RepositoryPaths.KnowledgeContent };
        index = new LuceneArticleIndex(options);
    }

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }

    private KnowledgeSeeder Seeder() => new(store, index, options, NullLogger<KnowledgeSeeder>.Instance);

    [Fact]
    public async Task StartAsync_EmptyStore_ImportsContentAndIndexesIt()
    {
        var expected = (await ArticleFolder.ReadAllAsync(options.ContentPath, CancellationToken.None)).Count;

        await Seeder().StartAsync(CancellationToken.None);

        Assert.Equal(expected, await store.CountAsync(CancellationToken.None));
        Assert.Equal(expected, index.Count());
        Assert.NotNull(await store.GetAsync("recycling-pickup", CancellationToken.None));
    }

    [Fact]
    public async Task StartAsync_StoreHasArticles_DoesNotImportButRebuildsStaleIndex()
    {
        await store.UpsertAsync(TestArticles.Potholes, CancellationToken.None);
        await store.UpsertAsync(TestArticles.DogLicense, CancellationToken.None);
        index.Rebuild([TestArticles.Recycling]);

        await Seeder().StartAsync(CancellationToken.None);

        Assert.Equal(2, await store.CountAsync(CancellationToken.None));
        Assert.Equal(2, index.Count());
    }

    [Fact]
    public async Task StartAsync_IndexMatchesStore_LeavesIndexAlone()
    {
        await store.UpsertAsync(TestArticles.Potholes, CancellationToken.None);
        // Same count, different article: the seeder compares counts only, so it keeps this index.
        index.Rebuild([TestArticles.Recycling]);

        await Seeder().StartAsync(CancellationToken.None);

        var result = await new Search.KnowledgeSearch(index, options).SearchAsync("recycling", 1, CancellationToken.None);
        Assert.Equal("recycling-pickup", result.Hits[0].ArticleId);
    }

    [Fact]
    public async Task StartAsync_EmptyStoreAndNoContentFolder_StartsWithEmptyIndex()
    {
        options.ContentPath = folder.Sub("missing");

        await Seeder().StartAsync(CancellationToken.None);

        Assert.Equal(0, await store.CountAsync(CancellationToken.None));
        Assert.Equal(0, index.Count());
    }
}
