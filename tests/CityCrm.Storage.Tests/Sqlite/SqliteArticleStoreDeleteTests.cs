using CityCrm.Knowledge;
using CityCrm.Storage.Sqlite;

namespace CityCrm.Storage.Tests.Sqlite;

public sealed class SqliteArticleStoreDeleteTests : IAsyncLifetime
{
    private static readonly Article Potholes = new("potholes", "Report a pothole", "Call 311.", "Body", [], [], null);

    private TempSqliteDatabase? temp;

    private SqliteArticleStore Store => new(temp!.Database, TimeProvider.System);

    public async Task InitializeAsync() => temp = await TempSqliteDatabase.CreateAsync();

    public async Task DisposeAsync() => await temp!.DisposeAsync();

    [Fact]
    public async Task DeleteAsync_StoredArticle_RemovesItAndReportsTrue()
    {
        await Store.UpsertAsync(Potholes, CancellationToken.None);

        var deleted = await Store.DeleteAsync("potholes", CancellationToken.None);

        Assert.True(deleted);
        Assert.Null(await Store.GetAsync("potholes", CancellationToken.None));
        Assert.Equal(0, await Store.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task DeleteAsync_UnknownId_ReportsFalse() =>
        Assert.False(await Store.DeleteAsync("nowhere", CancellationToken.None));
}
