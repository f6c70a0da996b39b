using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Search;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests.Ranking;

public sealed class SpellingCacheTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly LuceneArticleIndex index;

    public SpellingCacheTests()
    {
        index = new LuceneArticleIndex(new KnowledgeOptions { IndexPath = folder.Sub("index") });
        index.Rebuild([TestArticles.Recycling, TestArticles.Potholes, TestArticles.DogLicense]);
    }

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }

    [Theory]
    [InlineData("recyclng", 1)]
    [InlineData("potholse", 1)]
    [InlineData("licensse", 1)]
    [InlineData("zzzzzzz", 1)]
    public void Expand_AskedTwice_SameAsUncachedLookup(string word, int maxEdits)
    {
        var cache = new SpellingCache();

        var (first, second, uncached) = index.WithSearcher(searcher => (
            cache.Expand(searcher.IndexReader, word, maxEdits),
            cache.Expand(searcher.IndexReader, word, maxEdits),
            Misspellings.Expand(searcher.IndexReader, word, maxEdits)));

        Assert.Equal(uncached, first);
        Assert.Equal(uncached, second);
    }

    [Fact]
    public void Expand_ArticleWithTheWordPublishedSince_FindsIt()
    {
        var cache = new SpellingCache();
        var before = index.WithSearcher(searcher => cache.Expand(searcher.IndexReader, "mattres", 1));

        index.Index(TestArticles.Make("mattress", "Mattress pickup", "A mattress is picked up on request."));
        index.Count();
        var after = index.WithSearcher(searcher => cache.Expand(searcher.IndexReader, "mattres", 1));

        Assert.Empty(before);
        Assert.Contains(after, s => s.Term == "mattress");
    }
}
