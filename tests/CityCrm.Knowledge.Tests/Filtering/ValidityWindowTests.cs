using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Search;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests.Filtering;

public sealed class ValidityWindowTests : IDisposable
{
    private static readonly DateOnly Start = new(2026, 12, 1);
    private static readonly DateOnly End = new(2026, 12, 31);

    private readonly TempFolder folder = new();
    private readonly KnowledgeOptions options;
    private readonly LuceneArticleIndex index;

    public ValidityWindowTests()
    {
        options = new KnowledgeOptions { IndexPath = folder.Sub("index"), TimeZone = "America/Chicago" };
        index = new LuceneArticleIndex(options);
        var tree = TestArticles.Make("tree-pickup", "Holiday tree pickup", "Trees are picked up at the curb.", "When is my Christmas tree picked up?")
            with { ValidFrom = Start, ValidUntil = End };
        index.Rebuild([tree, TestArticles.Recycling]);
    }

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }

    [Theory]
    [InlineData(2026, 11, 30, false)]
    [InlineData(2026, 12, 1, true)]
    [InlineData(2026, 12, 31, true)]
    [InlineData(2027, 1, 1, false)]
    public async Task Search_Day_ReturnsTheArticleOnlyInsideItsWindow(int year, int month, int day, bool found)
    {
        var search = new KnowledgeSearch(index, options);

        var result = await search.SearchAsync(new KnowledgeQuery("christmas tree pickup") { Day = new DateOnly(year, month, day) }, CancellationToken.None);

        Assert.Equal(found, result.Hits.Any(h => h.ArticleId == "tree-pickup"));
    }

    [Fact]
    public async Task Search_NoDay_UsesTodayInTheCitysTimeZone()
    {
        // 03:00 UTC on January 1 is still December 31 in Chicago: the article's last day.
        var clock = new TestClock(new DateTimeOffset(2027, 1, 1, 3, 0, 0, TimeSpan.Zero));
        var search = new KnowledgeSearch(index, options, clock: clock);

        var lastDay = await search.SearchAsync(new KnowledgeQuery("christmas tree pickup"), CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(4));
        var dayAfter = await search.SearchAsync(new KnowledgeQuery("christmas tree pickup"), CancellationToken.None);

        Assert.Equal("tree-pickup", lastDay.Hits[0].ArticleId);
        Assert.DoesNotContain(dayAfter.Hits, h => h.ArticleId == "tree-pickup");
    }

    [Fact]
    public async Task Search_ArticleWithoutWindow_FoundAnyDay()
    {
        var search = new KnowledgeSearch(index, options);

        var result = await search.SearchAsync(new KnowledgeQuery("recycling pickup") { Day = new DateOnly(1999, 1, 1) }, CancellationToken.None);

        Assert.Equal("recycling-pickup", result.Hits[0].ArticleId);
    }
}
