using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Search;
using CityCrm.Knowledge.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CityCrm.Knowledge.Tests.Ranking;

public sealed class CandidateTermsTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly LuceneArticleIndex index;

    public CandidateTermsTests()
    {
        index = new LuceneArticleIndex(new KnowledgeOptions { IndexPath = folder.Sub("index") });
        // Published one by one, each in its own segment: candidates span several of them.
        index.Index(TestArticles.Recycling);
        index.Index(TestArticles.Potholes);
        index.Index(TestArticles.DogLicense);
        index.Index(TestArticles.Make("street-repair", "Street repair", "Potholes and cracks in the street are repaired in spring."));
        index.Count();
    }

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Holding_CandidatesInSeveralSegments_SetsTheBitOfEachHoldingTheWord()
    {
        var (segments, title, summary) = index.WithSearcher(searcher =>
        {
            var held = new CandidateTerms(searcher.IndexReader, Docs(searcher, "street-repair", "dog-license", "potholes"));
            return (searcher.IndexReader.Leaves.Count, held.Holding(ArticleFields.Title, "pothol"), held.Holding(ArticleFields.Summary, "pothol"));
        });

        Assert.True(segments > 1);
        Assert.Equal(0b100UL, title);
        Assert.Equal(0b101UL, summary);
    }

    [Fact]
    public void HoldingNear_Misspelling_SetsTheBitOfEachHoldingAWordWithinItsEdits()
    {
        var (near, exact) = index.WithSearcher(searcher =>
        {
            var held = new CandidateTerms(searcher.IndexReader, Docs(searcher, "recycling-pickup", "dog-license", "potholes"));
            return (held.HoldingNear(ArticleFields.Title, "licesn", 1), held.Holding(ArticleFields.Title, "licesn"));
        });

        Assert.Equal(0b010UL, near);
        Assert.Equal(0UL, exact);
    }

    [Fact]
    public void Coverage_WordInTitleOrOnlyInSummary_FullOrPartCredit()
    {
        var coverages = index.WithSearcher(searcher =>
        {
            var terms = new[] { new QueryTerm("pothol", 2, 0, []) };
            return TermCoverage.Of(searcher.IndexReader, Docs(searcher, "potholes", "street-repair", "dog-license"), terms);
        });

        Assert.Equal(new Coverage(1, 1, 1), coverages[0]);
        Assert.Equal(new Coverage(0.75, 0, 0), coverages[1]);
        Assert.Equal(Coverage.None, coverages[2]);
    }

    [Fact]
    public void Coverage_MisspelledWordInTitle_MisspellingCredit()
    {
        var coverage = index.WithSearcher(searcher =>
            TermCoverage.Of(searcher.IndexReader, Docs(searcher, "potholes"), [new QueryTerm("pothloe", 1, 2, [])])[0]);

        Assert.Equal(new Coverage(0.8, 0.8, 1), coverage);
    }

    private static int[] Docs(IndexSearcher searcher, params string[] ids) =>
        [.. ids.Select(id => searcher.Search(new TermQuery(new Term(ArticleFields.Id, id)), 1).ScoreDocs.Single().Doc)];
}
