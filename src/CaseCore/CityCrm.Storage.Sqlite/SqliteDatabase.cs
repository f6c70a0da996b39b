using Microsoft.Data.Sqlite;

namespace CityCrm.Storage.Sqlite;

/// <summary>
/// The embedded database file. Opens connections in WAL mode with a busy timeout, so that readers
/// never block the writer and a crash after a commit loses nothing.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string connectionString;
    private readonly SqliteWriteQueue writes;

    // Native handles (pooled, reused across opens) whose pragmas are set; a handle the pool closes drops out with it.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> configured = new();
    private static readonly object Configured = new();

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
        writes = new SqliteWriteQueue(this);
    }

    public string Path { get; }

    /// <summary>Opens a connection ready for use (foreign keys on, synchronous=FULL for durable commits).</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // The pool hands back the same native handle, which keeps its settings: parsing and running the pragmas on every
        // open cost three statements per store call. No code here changes them afterwards, so once per handle is enough.
        if (configured.TryGetValue(connection.Handle!, out _))
            return connection;
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000; PRAGMA synchronous=FULL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        configured.AddOrUpdate(connection.Handle!, Configured);
        return connection;
    }

    /// <summary>
    /// Runs a short write in a transaction shared with the writes of concurrent callers (group commit: one durable
    /// commit for all of them) and returns its result once committed. The work runs in its own savepoint, so an
    /// exception from it rolls back its own changes only. It must only use the connection and transaction it is given.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        writes.WriteAsync(work, cancellationToken);

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
