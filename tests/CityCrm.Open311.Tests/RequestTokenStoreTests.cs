using CityCrm.CaseCore;
using CityCrm.Storage.Sqlite;

namespace CityCrm.Open311.Tests;

public sealed class RequestTokenStoreTests : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("citycrm-tokens-").FullName;
    private SqliteRequestTokenStore store = null!;

    public async Task InitializeAsync()
    {
        var database = new SqliteDatabase(Path.Combine(directory, "citycrm.db"));
        await database.InitializeAsync(CancellationToken.None);
        store = new SqliteRequestTokenStore(database);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task FindAsync_AddedToken_RoundTrips()
    {
        var issued = new RequestToken("abc123", "R-100001", "app", new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        await store.AddAsync(issued, CancellationToken.None);

        Assert.Equal(issued, await store.FindAsync("abc123", CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_OtherCase_AnswersNull()
    {
        await store.AddAsync(new RequestToken("abc123", "R-100001", "app", DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.Null(await store.FindAsync("ABC123", CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_SameTokenTwice_Throws()
    {
        await store.AddAsync(new RequestToken("dup", "R-100001", "app", DateTimeOffset.UtcNow), CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            store.AddAsync(new RequestToken("dup", "R-100002", "app", DateTimeOffset.UtcNow), CancellationToken.None));
    }
}
