using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Search;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests;

/// <summary>Questions are plain text: query syntax, odd characters and odd sizes never break a search.</summary>
public sealed class KnowledgeSearchSafetyTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly LuceneArticleIndex index;
    private readonly KnowledgeSearch search;

    public KnowledgeSearchSafetyTests()
    {
        var options = new KnowledgeOptions { IndexPath = folder.Sub("index") };
        index = new LuceneArticleIndex(options);
        index.Rebuild([TestArticles.Recycling, TestArticles.Potholes, TestArticles.DogLicense]);
        search = new KnowledgeSearch(index, options);
    }

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }

    [Theory]
    [InlineData("recycling AND pothole")]
    [InlineData("recycl*")]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("\"recycling pickup")]
    [InlineData("pothole~2")]
    [InlineData("title:recycling")]
    [InlineData("(recycling")]
    [InlineData("[recycling TO pothole")]
    [InlineData("{pothole}")]
    [InlineData("recycling\\")]
    [InlineData("\\")]
    [InlineData("+pothole -recycling")]
    [InlineData("pothole^10 || !dog && /regex/")]
    [InlineData("NOT OR AND")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("   ")]
    [InlineData("")]
    public async Task SearchAsync_QuerySyntaxInQuestion_ReturnsWithoutThrowing(string question)
    {
        var result = await search.SearchAsync(question, 5, CancellationToken.None);

        Assert.Equal(question, result.Question);
        Assert.InRange(result.Confidence, 0, 1);
        Assert.True(result.Hits.Count <= 5);
    }

    [Fact]
    public async Task SearchAsync_SyntaxAroundRealWords_StillFindsTheArticle()
    {
        var result = await search.SearchAsync("pothole AND (street* OR \"road\")~", 5, CancellationToken.None);

        Assert.Equal("potholes", result.Hits[0].ArticleId);
    }

    [Fact]
    public async Task SearchAsync_OnlyStopWords_OffersHandoffWithNoHits()
    {
        var result = await search.SearchAsync("how do I do it?", 5, CancellationToken.None);

        Assert.Empty(result.Hits);
        Assert.Equal(0, result.Confidence);
        Assert.Equal(AnswerDecision.OfferHandoff, result.Decision);
    }

    [Fact]
    public async Task SearchAsync_VeryLongQuestion_ReturnsWithoutThrowing()
    {
        var question = string.Join(' ', Enumerable.Range(0, 2000).Select(i => $"word{i} pothole"));

        var result = await search.SearchAsync(question, 5, CancellationToken.None);

        Assert.Equal("potholes", result.Hits[0].ArticleId);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(500, 3)]
    public async Task SearchAsync_TopOutOfRange_IsClamped(int top, int expectedAtMost)
    {
        var result = await search.SearchAsync("recycling pothole dog license", top, CancellationToken.None);

        Assert.InRange(result.Hits.Count, 1, expectedAtMost);
    }

    [Fact]
    public async Task SearchAsync_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => search.SearchAsync("recycling", 5, cancelled.Token));
    }
}
