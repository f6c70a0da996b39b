using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Search;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests;

public sealed class LuceneArticleIndexTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly KnowledgeOptions options;

    public LuceneArticleIndexTests() => options = new KnowledgeOptions { IndexPath = folder.Sub("index") };

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Rebuild_Articles_AreCountedAndSearchable()
    {
        using var index = new LuceneArticleIndex(options);

        index.Rebuild([TestArticles.Recycling, TestArticles.Potholes]);
        var result = await new KnowledgeSearch(index, options).SearchAsync("pothole on my street", 5, CancellationToken.None);

        Assert.Equal(2, index.Count());
        Assert.Equal("potholes", result.Hits[0].ArticleId);
        Assert.Equal("Report a pothole", result.Hits[0].Title);
        Assert.Equal(TestArticles.Potholes.Summary, result.Hits[0].Summary);
    }

    [Fact]
    public async Task Index_NewArticle_BecomesSearchableWithoutExplicitRefresh()
    {
        using var index = new LuceneArticleIndex(options);
        index.Rebuild([TestArticles.Recycling]);
        var search = new KnowledgeSearch(index, options);

        index.Index(TestArticles.DogLicense);

        // The background refresher reopens the searcher; poll rather than assume a timing.
        var result = await Poll.UntilAsync(
            () => search.SearchAsync("license my dog", 3, CancellationToken.None),
            r => r.Hits.Count > 0);

        Assert.Equal("dog-license", Assert.Single(result.Hits).ArticleId);
    }

    [Fact]
    public async Task Index_SameIdTwice_ReplacesTheArticle()
    {
        using var index = new LuceneArticleIndex(options);
        index.Index(TestArticles.Potholes);

        index.Index(TestArticles.Potholes with { Title = "Fix a sinkhole", Questions = ["Who fixes sinkholes?"] });
        var search = new KnowledgeSearch(index, options);
        var result = await Poll.UntilAsync(() => search.SearchAsync("sinkhole", 5, CancellationToken.None), r => r.Hits.Count > 0);

        Assert.Equal(1, index.Count());
        Assert.Equal("Fix a sinkhole", Assert.Single(result.Hits).Title);
    }

    [Fact]
    public void Rebuild_WithoutAnArticle_RemovesItFromTheIndex()
    {
        using var index = new LuceneArticleIndex(options);
        index.Rebuild([TestArticles.Recycling, TestArticles.Potholes, TestArticles.DogLicense]);

        index.Rebuild([TestArticles.Potholes]);

        Assert.Equal(1, index.Count());
    }

    [Fact]
    public void Delete_IndexedArticle_IsNoLongerCounted()
    {
        using var index = new LuceneArticleIndex(options);
        index.Rebuild([TestArticles.Recycling, TestArticles.Potholes]);

        index.Delete("recycling-pickup");

        Assert.Equal(1, index.Count());
    }

    [Fact]
    public async Task Dispose_ThenReopen_KeepsTheCommittedArticles()
    {
        await using (var first = new LuceneArticleIndex(options))
            first.Index(TestArticles.Recycling);

        using var second = new LuceneArticleIndex(options);
        var result = await new KnowledgeSearch(second, options).SearchAsync("recycling", 1, CancellationToken.None);

        Assert.Equal(1, second.Count());
        Assert.Equal("recycling-pickup", result.Hits[0].ArticleId);
    }

    [Fact]
    public async Task SearchAsync_WhileArticlesAreIndexed_NeverFailsAndSeesAllInTheEnd()
    {
        using var index = new LuceneArticleIndex(options);
        var search = new KnowledgeSearch(index, options);
        var searches = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 50; i++)
                await search.SearchAsync("pothole street", 5, CancellationToken.None);
        })).ToList();

        for (var i = 0; i < 40; i++)
            index.Index(TestArticles.Make($"article-{i}", $"Pothole number {i}", "A street pothole.", "Where is this pothole?"));
        await Task.WhenAll(searches);

        Assert.Equal(40, index.Count());
        var result = await search.SearchAsync("pothole number 39", 1, CancellationToken.None);
        Assert.Equal("article-39", result.Hits[0].ArticleId);
    }

    [Fact]
    public void Count_AfterDispose_Throws()
    {
        var index = new LuceneArticleIndex(options);
        index.Dispose();

        Assert.Throws<ObjectDisposedException>(() => index.Count());
        index.Dispose();
    }

    [Fact]
    public void Constructor_NoIndexPath_Throws()
    {
        Assert.Throws<ArgumentException>(() => new LuceneArticleIndex(new KnowledgeOptions()));
    }
}
