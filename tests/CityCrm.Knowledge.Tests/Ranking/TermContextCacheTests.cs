using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Search;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests.Ranking;

public sealed class TermContextCacheTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly LuceneArticleIndex index;

    public TermContextCacheTests()
    {
        index = new LuceneArticleIndex(new KnowledgeOptions { IndexPath = folder.Sub("index") });
        index.Rebuild([TestArticles.Recycling, TestArticles.Potholes]);
    }

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Context_TwoSearchesOnOneReader_SecondReusesTheFirstsLookup()
    {
        var cache = new TermContextCache();

        var (first, second) = index.WithSearcher(searcher => (
            new TermLookups(searcher.IndexReader, cache).Context(ArticleFields.Title, "pothol"),
            new TermLookups(searcher.IndexReader, cache).Context(ArticleFields.Title, "pothol")));

        Assert.Same(first, second);
    }

    [Fact]
    public void Context_ArticleWithTheWordPublishedSince_CountsIt()
    {
        var cache = new TermContextCache();
        var before = index.WithSearcher(searcher => new TermLookups(searcher.IndexReader, cache).DocFreq(ArticleFields.Title, "mattress"));

        index.Index(TestArticles.Make("mattress", "Mattress pickup", "A mattress is picked up on request."));
        index.Count();
        var after = index.WithSearcher(searcher => new TermLookups(searcher.IndexReader, cache).DocFreq(ArticleFields.Title, "mattress"));

        Assert.Equal(0, before);
        Assert.Equal(1, after);
    }
}
