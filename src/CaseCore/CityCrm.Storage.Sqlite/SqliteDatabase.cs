using Microsoft.Data.Sqlite;

namespace CityCrm.Storage.Sqlite;

/// <summary>
/// The embedded database file. Opens connections in WAL mode with a busy timeout, so that readers
/// never block the writer and a crash after a commit loses nothing.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string connectionString;

    // The stores' row classes rely on snake_case columns mapping to PascalCase properties; setting it here,
    // not only in AddSqliteStores, keeps a store built without the container from reading empty fields.
    static SqliteDatabase() => Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;

    public SqliteDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string Path { get; }

    /// <summary>Opens a connection ready for use (foreign keys on, synchronous=FULL for durable commits).</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000; PRAGMA synchronous=FULL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>Switches the file to WAL and applies every pending migration. Call once at start-up.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }
        await SchemaMigrator.MigrateAsync(connection, cancellationToken);
    }
}
