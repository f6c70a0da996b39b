using CityCrm.Storage.Sqlite;
using Dapper;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>Group commit (<see cref="SqliteDatabase.WriteAsync{T}"/>): many callers, shared commits, failures kept apart.</summary>
public sealed class SqliteWriteQueueTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private TempSqliteDatabase temp = null!;

    public async Task InitializeAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        await using var db = await temp.Database.OpenAsync(None);
        await db.ExecuteAsync("CREATE TABLE probe (n INTEGER PRIMARY KEY, note TEXT NOT NULL);");
    }

    public async Task DisposeAsync() => await temp.DisposeAsync();

    private Task<int> InsertAsync(int n, string? note = "x") =>
        temp.Database.WriteAsync((db, tx, ct) => db.ExecuteAsync(new CommandDefinition(
            "INSERT INTO probe (n, note) VALUES (@n, @note);", new { n, note }, tx, cancellationToken: ct)), None);

    private async Task<List<long>> StoredAsync()
    {
        // A fresh store over the same file: only what was committed is there.
        await using var db = await new SqliteDatabase(temp.Database.Path).OpenAsync(None);
        return [.. await db.QueryAsync<long>("SELECT n FROM probe ORDER BY n;")];
    }

    [Fact]
    public async Task WriteAsync_ManyConcurrentWriters_EveryWriteCommittedOnce()
    {
        var results = await Task.WhenAll(Enumerable.Range(1, 500).Select(n => Task.Run(() => InsertAsync(n))));

        Assert.All(results, r => Assert.Equal(1, r));
        Assert.Equal(Enumerable.Range(1, 500).Select(n => (long)n), await StoredAsync());
    }

    [Fact]
    public async Task WriteAsync_OneWriteFailsAmongOthers_OnlyThatOneIsRolledBack()
    {
        await InsertAsync(7);
        var writes = Enumerable.Range(1, 20).Select(n => Task.Run(() => InsertAsync(n == 7 ? 7 : 100 + n))).ToList();
        // Its own earlier statement goes too: a write is all or nothing.
        var partial = temp.Database.WriteAsync(async (db, tx, ct) =>
        {
            await db.ExecuteAsync(new CommandDefinition("INSERT INTO probe (n, note) VALUES (50, 'half');", transaction: tx, cancellationToken: ct));
            return await db.ExecuteAsync(new CommandDefinition("INSERT INTO probe (n, note) VALUES (51, NULL);", transaction: tx, cancellationToken: ct));
        }, None);

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => partial);
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => writes[6]);
        foreach (var write in writes.Where((_, i) => i != 6))
            Assert.Equal(1, await write);
        var stored = await StoredAsync();
        Assert.DoesNotContain(50L, stored);
        Assert.DoesNotContain(51L, stored);
        Assert.Equal(20, stored.Count);
    }

    [Fact]
    public async Task WriteAsync_CancelledBeforeItRuns_IsCancelledAndWritesNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var write = temp.Database.WriteAsync((db, tx, ct) => db.ExecuteAsync(new CommandDefinition(
            "INSERT INTO probe (n, note) VALUES (1, 'x');", transaction: tx, cancellationToken: ct)), cancelled.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => write);
        await InsertAsync(2);
        Assert.Equal([2L], await StoredAsync());
    }
}
