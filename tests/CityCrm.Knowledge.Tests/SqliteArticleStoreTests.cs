using CityCrm.Knowledge.Tests.Support;
using CityCrm.Storage.Sqlite;

namespace CityCrm.Knowledge.Tests;

public sealed class SqliteArticleStoreTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private SqliteArticleStore store = null!;

    public async Task InitializeAsync()
    {
        Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;
        var database = new SqliteDatabase(folder.Sub("test.db"));
        await database.InitializeAsync(CancellationToken.None);
        store = new SqliteArticleStore(database, TimeProvider.System);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task UpsertAsync_NewArticle_RoundTripsEveryField()
    {
        var article = new Article("snow", "Snow <b>rules</b>", "Shovel within 24 hours.", "## Body\n\nText \"quoted\".",
            ["When do I shovel?", "Snow, ice?"], ["snow", "ice"], "Public Works", "es");

        await store.UpsertAsync(article, CancellationToken.None);
        var loaded = await store.GetAsync("snow", CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(article.Title, loaded.Title);
        Assert.Equal(article.Summary, loaded.Summary);
        Assert.Equal(article.Body, loaded.Body);
        Assert.Equal(article.Questions, loaded.Questions);
        Assert.Equal(article.Tags, loaded.Tags);
        Assert.Equal(article.Department, loaded.Department);
        Assert.Equal("es", loaded.Language);
    }

    [Fact]
    public async Task UpsertAsync_EditorialFields_RoundTrip()
    {
        var article = TestArticles.Potholes with
        {
            Language = "es",
            Owner = "Public Works",
            Audience = "residents",
            Related = ["street-repairs", "sidewalks"],
            ValidFrom = new DateOnly(2026, 11, 1),
            ValidUntil = new DateOnly(2027, 3, 31),
            SmsAnswer = "Report a pothole by texting its address.",
            VoiceAnswer = "You can report a pothole by telling me where it is.",
            TranslationOf = "potholes-en",
            SourceVersion = 3,
            Version = 7,
        };

        await store.UpsertAsync(article, CancellationToken.None);
        var loaded = await store.GetAsync(article.Id, CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(article.Related, loaded.Related);
        Assert.Equal(article with { Questions = loaded.Questions, Tags = loaded.Tags, Related = loaded.Related }, loaded);
    }

    [Fact]
    public async Task UpsertAsync_ExistingId_ReplacesTheArticle()
    {
        await store.UpsertAsync(TestArticles.Potholes, CancellationToken.None);

        await store.UpsertAsync(TestArticles.Potholes with { Title = "Potholes and sinkholes", Department = null }, CancellationToken.None);
        var loaded = await store.GetAsync("potholes", CancellationToken.None);

        Assert.Equal(1, await store.CountAsync(CancellationToken.None));
        Assert.Equal("Potholes and sinkholes", loaded!.Title);
        Assert.Null(loaded.Department);
    }

    [Fact]
    public async Task ListAsync_SeveralArticles_ReturnsAllOrderedById()
    {
        await store.UpsertAsync(TestArticles.Recycling, CancellationToken.None);
        await store.UpsertAsync(TestArticles.DogLicense, CancellationToken.None);
        await store.UpsertAsync(TestArticles.Potholes, CancellationToken.None);

        var articles = await store.ListAsync(CancellationToken.None);

        Assert.Equal(["dog-license", "potholes", "recycling-pickup"], articles.Select(a => a.Id));
        Assert.Equal(3, await store.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        Assert.Null(await store.GetAsync("nothing-here", CancellationToken.None));
        Assert.Equal(0, await store.CountAsync(CancellationToken.None));
    }
}
