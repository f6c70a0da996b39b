using CityCrm.Storage.Sqlite;
using Dapper;

namespace CityCrm.Storage.Tests.Sqlite;

public sealed class SqliteDatabaseTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task InitializeAsync_NewFile_AppliesEveryEmbeddedScriptInOrder()
    {
        await using var temp = await TempSqliteDatabase.CreateAsync();
        await using var db = await temp.Database.OpenAsync(None);

        var versions = await db.QueryAsync<long>("SELECT version FROM schema_version ORDER BY version;");

        Assert.NotEmpty(SchemaMigrator.Scripts);
        Assert.Equal(SchemaMigrator.Scripts.Select(s => (long)s.Version), versions);
    }

    [Fact]
    public async Task MigrateAsync_LaterScriptRecordedFirst_StillAppliesEveryEarlierOne()
    {
        var path = Path.Combine(Path.GetTempPath(), "citycrm-gap-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            await using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
            await db.OpenAsync(None);
            var last = SchemaMigrator.Scripts[^1];
            await db.ExecuteAsync("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);" +
                "INSERT INTO schema_version VALUES (@v, @n, '2026-01-01');", new { v = last.Version, n = last.Name });

            var applied = await SchemaMigrator.MigrateAsync(db, None);

            Assert.Equal(SchemaMigrator.Scripts.Count - 1, applied);
            Assert.Equal(SchemaMigrator.Scripts.Select(s => (long)s.Version),
                await db.QueryAsync<long>("SELECT version FROM schema_version ORDER BY version;"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task InitializeAsync_Twice_AppliesNothingTheSecondTime()
    {
        await using var temp = await TempSqliteDatabase.CreateAsync();
        var before = await AppliedAsync(temp.Database);

        await temp.Database.InitializeAsync(None);

        Assert.Equal(before, await AppliedAsync(temp.Database));
        await using var db = await temp.Database.OpenAsync(None);
        Assert.Equal(0, await SchemaMigrator.MigrateAsync(db, None));
    }

    [Fact]
    public async Task InitializeAsync_NewFile_JournalModeIsWal()
    {
        await using var temp = await TempSqliteDatabase.CreateAsync();
        await using var db = await temp.Database.OpenAsync(None);

        Assert.Equal("wal", await db.ExecuteScalarAsync<string>("PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task InitializeAsync_NewFile_CreatesTheCaseTables()
    {
        await using var temp = await TempSqliteDatabase.CreateAsync();
        await using var db = await temp.Database.OpenAsync(None);

        var tables = await db.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table';");

        Assert.Contains("cases", tables);
        Assert.Contains("case_numbers", tables);
    }

    [Fact]
    public async Task OpenAsync_PooledConnectionReopened_KeepsForeignKeysBusyTimeoutAndFullSync()
    {
        await using var temp = await TempSqliteDatabase.CreateAsync();
        await (await temp.Database.OpenAsync(None)).DisposeAsync();

        await using var db = await temp.Database.OpenAsync(None);

        Assert.Equal(1, await db.ExecuteScalarAsync<long>("PRAGMA foreign_keys;"));
        Assert.Equal(30000, await db.ExecuteScalarAsync<long>("PRAGMA busy_timeout;"));
        Assert.Equal(2, await db.ExecuteScalarAsync<long>("PRAGMA synchronous;"));
    }

    [Fact]
    public async Task OpenAsync_AfterThePoolIsCleared_ConfiguresTheNewHandle()
    {
        await using var temp = await TempSqliteDatabase.CreateAsync();
        await (await temp.Database.OpenAsync(None)).DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        await using var db = await temp.Database.OpenAsync(None);

        Assert.Equal(1, await db.ExecuteScalarAsync<long>("PRAGMA foreign_keys;"));
        Assert.Equal(2, await db.ExecuteScalarAsync<long>("PRAGMA synchronous;"));
    }

    private static async Task<List<(long Version, string Name, string AppliedAt)>> AppliedAsync(SqliteDatabase database)
    {
        await using var db = await database.OpenAsync(None);
        var rows = await db.QueryAsync<(long, string, string)>("SELECT version, name, applied_at FROM schema_version ORDER BY version;");
        return rows.ToList();
    }
}
