using CityCrm.Knowledge;
using CityCrm.Knowledge.Editorial;
using CityCrm.Storage.Sqlite;

namespace CityCrm.Storage.Tests.Sqlite;

public sealed class SqliteArticleStoreReplaceTests : IAsyncLifetime
{
    private static readonly Article Potholes = new("potholes", "Report a pothole", "Call 311.", "Body", [], [], null);

    private TempSqliteDatabase? temp;

    public async Task InitializeAsync() => temp = await TempSqliteDatabase.CreateAsync();

    public async Task DisposeAsync() => await temp!.DisposeAsync();

    [Fact]
    public async Task ReplaceAllAsync_ArticleWithHistory_DropsTheHistoryWithTheOldArticles()
    {
        var articles = new SqliteArticleStore(temp!.Database, TimeProvider.System);
        var history = new SqliteEditorialStore(temp.Database);
        var at = DateTimeOffset.UnixEpoch;
        await articles.UpsertAsync(Potholes with { Version = 2 }, CancellationToken.None);
        await history.SaveAsync(new EditorialRecord("potholes", ArticleStatus.Published, 2, 2, 1, "Erin", at),
            new ArticleVersion(2, Potholes with { Version = 2 }, "editor", "Erin", at, null), 0, CancellationToken.None);

        await articles.ReplaceAllAsync([Potholes with { Title = "Potholes, imported" }], CancellationToken.None);

        Assert.Null(await history.GetAsync("potholes", CancellationToken.None));
        Assert.Empty(await history.ListVersionsAsync("potholes", CancellationToken.None));
        Assert.Equal("Potholes, imported", (await articles.GetAsync("potholes", CancellationToken.None))!.Title);
    }

    [Fact]
    public async Task ListTranslationsAsync_SourceWithTranslations_ReturnsOnlyThem()
    {
        var articles = new SqliteArticleStore(temp!.Database, TimeProvider.System);
        await articles.UpsertAsync(Potholes, CancellationToken.None);
        await articles.UpsertAsync(Potholes with { Id = "baches", Language = "es", TranslationOf = "potholes" }, CancellationToken.None);
        await articles.UpsertAsync(Potholes with { Id = "other", TranslationOf = "sidewalks" }, CancellationToken.None);

        var translations = await articles.ListTranslationsAsync("potholes", CancellationToken.None);

        Assert.Equal(["baches"], translations.Select(a => a.Id));
    }
}
