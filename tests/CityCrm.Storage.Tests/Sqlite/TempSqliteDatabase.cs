using CityCrm.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>A migrated database file in its own temp folder, deleted (with its WAL files) on dispose.</summary>
public sealed class TempSqliteDatabase : IAsyncDisposable
{
    private TempSqliteDatabase(string folder)
    {
        Folder = folder;
        Database = new SqliteDatabase(Path.Combine(folder, "citycrm.db"));
    }

    public string Folder { get; }

    public SqliteDatabase Database { get; }

    /// <summary>Creates the file; migrated unless <paramref name="initialize"/> is false.</summary>
    public static async Task<TempSqliteDatabase> CreateAsync(bool initialize = true)
    {
        var temp = new TempSqliteDatabase(Path.Combine(Path.GetTempPath(), "citycrm-tests", Guid.NewGuid().ToString("N")));
        if (initialize)
            await temp.Database.InitializeAsync(CancellationToken.None);
        return temp;
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them before deleting the folder.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
