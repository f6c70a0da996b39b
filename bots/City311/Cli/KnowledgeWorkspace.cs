using CityCrm.Knowledge;
using CityCrm.Knowledge.Import;
using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Search;
using CityCrm.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CityCrm.City311.Cli;

/// <summary>
/// A data folder's knowledge base opened the way the host opens it: the SQLite article store, the Lucene
/// index with the host's options, seeding from the demo content when the store is empty, and the same
/// <see cref="KnowledgeSearch"/>. Holds the index's write lock until disposed, so it cannot be opened
/// while a host serves the same folder.
/// </summary>
public sealed class KnowledgeWorkspace : IAsyncDisposable
{
    private KnowledgeWorkspace(SqliteArticleStore store, LuceneArticleIndex index, KnowledgeOptions options)
    {
        Store = store;
        Index = index;
        Options = options;
        Search = new KnowledgeSearch(index, options);
    }

    public SqliteArticleStore Store { get; }

    public LuceneArticleIndex Index { get; }

    public KnowledgeOptions Options { get; }

    public KnowledgeSearch Search { get; }

    /// <summary>Opens the data folder's knowledge base, seeding it from <paramref name="contentPath"/> if it is empty.</summary>
    public static async Task<KnowledgeWorkspace> OpenAsync(DataFolder data, string contentPath, CancellationToken cancellationToken)
    {
        new IndexFolderSwap(data.IndexPath).Recover();
        var database = new SqliteDatabase(data.DatabasePath);
        await database.InitializeAsync(cancellationToken);
        var store = new SqliteArticleStore(database, TimeProvider.System);
        var options = CliSettings.KnowledgeOptions(data.IndexPath, contentPath);
        var index = new LuceneArticleIndex(options);
        try
        {
            await new KnowledgeSeeder(store, index, options, NullLogger<KnowledgeSeeder>.Instance).StartAsync(cancellationToken);
        }
        catch
        {
            index.Dispose();
            throw;
        }
        return new KnowledgeWorkspace(store, index, options);
    }

    public ValueTask DisposeAsync() => Index.DisposeAsync();
}
