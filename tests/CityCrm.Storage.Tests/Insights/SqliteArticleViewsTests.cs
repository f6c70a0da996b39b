using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Sqlite;

namespace CityCrm.Storage.Tests.Insights;

public sealed class SqliteArticleViewsTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly Today = new(2026, 3, 20);

    [Fact]
    public async Task CountSinceAsync_ViewsOnSeveralDays_SumsOnlyTheWindow()
    {
        await using var temp = await TempSqliteDatabase.CreateAsync();
        var views = new SqliteArticleViews(temp.Database);
        await views.RecordViewAsync("potholes", Today.AddDays(-40), None);
        await views.RecordViewAsync("potholes", Today.AddDays(-1), None);
        await views.RecordViewAsync("potholes", Today, None);
        await views.RecordViewAsync("potholes", Today, None);
        await views.RecordViewAsync("parking-permits", Today.AddDays(-30), None);

        var counts = await views.CountSinceAsync(Today.AddDays(-30), None);

        Assert.Equal(3, counts["potholes"]);
        Assert.Equal(1, counts["parking-permits"]);
        Assert.False(counts.ContainsKey("recycling-pickup"));
    }

    [Fact]
    public async Task RecordViewAsync_ManyViewsOfADay_KeepsOneRowPerArticleAndDay()
    {
        await using var temp = await TempSqliteDatabase.CreateAsync();
        var views = new SqliteArticleViews(temp.Database);

        for (var i = 0; i < 5; i++)
            await views.RecordViewAsync("potholes", Today, None);

        await using var db = await temp.Database.OpenAsync(None);
        await using var count = db.CreateCommand();
        count.CommandText = "SELECT COUNT(*) || ':' || SUM(views) FROM article_views;";
        Assert.Equal("1:5", await count.ExecuteScalarAsync());
    }
}
