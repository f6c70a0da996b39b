using CityCrm.Knowledge.Insights;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Sqlite;

namespace CityCrm.Storage.Tests.Insights;

/// <summary>The article view contract over a fresh SQLite file per test, and how SQLite keeps the counts.</summary>
public sealed class SqliteArticleViewsTests : ArticleViewsContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<IArticleViews> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteArticleViews(temp.Database);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
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
