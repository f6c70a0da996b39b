using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Search;
using CityCrm.Knowledge.Tests.Support;
using Lucene.Net.Index;

namespace CityCrm.Knowledge.Tests.Ranking;

public sealed class TermLookupsTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly LuceneArticleIndex index;

    public TermLookupsTests()
    {
        index = new LuceneArticleIndex(new KnowledgeOptions { IndexPath = folder.Sub("index") });
        // Published one by one, each in its own segment, so that a term is in some segments and not others.
        index.Index(TestArticles.Recycling);
        index.Index(TestArticles.Potholes);
        index.Index(TestArticles.Make("street-repair", "Street repair", "Potholes and cracks in the street are repaired in spring."));
        index.Count();
    }

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }

    [Theory]
    [InlineData(ArticleFields.Title, "pothol")]
    [InlineData(ArticleFields.Body, "pothol")]
    [InlineData(ArticleFields.Summary, "street")]
    [InlineData(ArticleFields.Questions, "recycl")]
    [InlineData(ArticleFields.Body, "zzzz")]
    public void Context_TermInSomeSegments_SameAsLuceneTermContext(string field, string term)
    {
        var (segments, ours, lucene) = index.WithSearcher(searcher =>
        {
            var reader = searcher.IndexReader;
            var lookups = new TermLookups(reader);
            lookups.Context(ArticleFields.Title, "recycl");
            return (reader.Leaves.Count, lookups.Context(field, term), TermContext.Build(reader.Context, new Term(field, term)));
        });

        Assert.True(segments > 1);
        Assert.Equal(lucene.DocFreq, ours.DocFreq);
        Assert.Equal(lucene.TotalTermFreq, ours.TotalTermFreq);
        for (var leaf = 0; leaf < segments; leaf++)
            Assert.Equal(lucene.Get(leaf) is null, ours.Get(leaf) is null);
    }

    [Fact]
    public void Context_AskedTwice_LookedUpOnce()
    {
        var (first, second) = index.WithSearcher(searcher =>
        {
            var lookups = new TermLookups(searcher.IndexReader);
            return (lookups.Context(ArticleFields.Title, "pothol"), lookups.Context(ArticleFields.Title, "pothol"));
        });

        Assert.Same(first, second);
    }

    [Fact]
    public void DocFreq_Field_ArticlesHoldingTheTermThere()
    {
        var (title, body) = index.WithSearcher(searcher =>
        {
            var lookups = new TermLookups(searcher.IndexReader);
            return (lookups.DocFreq(ArticleFields.Title, "pothol"), lookups.DocFreq(ArticleFields.Body, "pothol"));
        });

        Assert.Equal(1, title);
        Assert.Equal(2, body);
    }
}
