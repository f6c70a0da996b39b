using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Search;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests.Languages;

/// <summary>Searches over a small index holding an English article, its Spanish translation and an English-only one.</summary>
public sealed class MultilingualSearchTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly KnowledgeOptions options;
    private readonly LuceneArticleIndex index;
    private readonly KnowledgeSearch search;

    public MultilingualSearchTests()
    {
        options = new KnowledgeOptions { IndexPath = folder.Sub("index") };
        index = new LuceneArticleIndex(options);
        index.Rebuild([TestArticles.Potholes, SpanishPotholes, TestArticles.DogLicense]);
        search = new KnowledgeSearch(index, options);
    }

    private static Article SpanishPotholes => new(
        "potholes-es", "Reportar un bache", "Reporte los baches al 311; la mayoría se tapan en tres días.",
        "## Reportar un bache\n\nLlame al 311.", ["¿Cómo reporto un bache?"], ["bache", "calle"], "Testing", "es")
    {
        TranslationOf = "potholes",
    };

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }

    [Fact]
    public async Task Search_SpanishQuestion_FindsTheSpanishArticle()
    {
        var result = await search.SearchAsync(new KnowledgeQuery("hay un bache en mi calle"), CancellationToken.None);

        Assert.Equal("potholes-es", result.Hits[0].ArticleId);
        Assert.Equal("es", result.Hits[0].Language);
    }

    [Fact]
    public async Task Search_EnglishQuestion_NeverReturnsTheTranslation()
    {
        var result = await search.SearchAsync(new KnowledgeQuery("pothole on my street"), CancellationToken.None);

        Assert.Equal("potholes", result.Hits[0].ArticleId);
        Assert.DoesNotContain(result.Hits, h => h.Language == "es");
    }

    [Fact]
    public async Task Search_SpanishAskerEnglishWords_GetsTheTranslation()
    {
        var result = await search.SearchAsync(new KnowledgeQuery("pothole") { Language = "es" }, CancellationToken.None);

        Assert.Equal("potholes-es", result.Hits[0].ArticleId);
        Assert.Equal("Reportar un bache", result.Hits[0].Title);
    }

    [Fact]
    public async Task Search_SpanishAskerNoTranslation_FallsBackToEnglish()
    {
        var result = await search.SearchAsync(new KnowledgeQuery("dog license") { Language = "es" }, CancellationToken.None);

        Assert.Equal("dog-license", result.Hits[0].ArticleId);
        Assert.Equal("en", result.Hits[0].Language);
    }

    [Fact]
    public async Task Explain_SpanishQuestion_SaysWhichFieldsMatched()
    {
        var explained = await search.ExplainAsync(new KnowledgeQuery("hay baches en la calle"), CancellationToken.None);

        Assert.Equal("es", explained.Language);
        var hit = explained.Hits[0];
        Assert.Equal("potholes-es", hit.ArticleId);
        Assert.Contains(hit.Matches, m => m.Field == "title" && m.Kind == MatchKind.Exact);
        Assert.Contains(hit.Matches, m => m.Field == "tags" && m.ArticleTerm == "call");
    }
}
