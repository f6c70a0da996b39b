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
    public async Task StartAsync_SameCountOtherArticle_RebuildsIndexFromStore()
    {
        await store.UpsertAsync(TestArticles.Potholes, CancellationToken.None);
        index.Rebuild([TestArticles.Recycling]);

        await Seeder().StartAsync(CancellationToken.None);

        Assert.Equal(new Dictionary<string, int> { ["potholes"] = 1 }, index.IndexedVersions());
    }

    [Fact]
    public async Task StartAsync_IndexOneVersionBehind_RebuildsIndexWithStoredVersion()
    {
        // A crash after an edit's store write and before its index commit: same ids, older version indexed.
        await store.UpsertAsync(TestArticles.Potholes with { Version = 2, Title = "Report a pothole (revised)" }, CancellationToken.None);
        index.Rebuild([TestArticles.Potholes]);

        await Seeder().StartAsync(CancellationToken.None);

        Assert.Equal(2, index.IndexedVersions()["potholes"]);
    }

    [Fact]
    public async Task StartAsync_IdsAndVersionsMatch_LeavesIndexAlone()
    {
        await store.UpsertAsync(TestArticles.Potholes, CancellationToken.None);
        // Same id and version but other words: only a rebuild would replace them, and none is needed.
        index.Rebuild([TestArticles.Potholes with { Title = "Recycling pickup days" }]);

        await Seeder().StartAsync(CancellationToken.None);

        var result = await new Search.KnowledgeSearch(index, options).SearchAsync("recycling pickup days", 1, CancellationToken.None);
        Assert.Equal("potholes", Assert.Single(result.Hits).ArticleId);
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
