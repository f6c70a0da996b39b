using CityCrm.Knowledge;
using CityCrm.Knowledge.Import;
using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Search;
using CityCrm.Knowledge.Synonyms;
using CityCrm.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CityCrm.City311.Cli;

/// <summary>
/// A data folder's knowledge base opened the way the host opens it: the SQLite article store, the Lucene
/// index with the host's options, seeding from the demo content when the store is empty, and the same
/// <see cref="KnowledgeSearch"/>. When a host holds the folder's index, a copy of its last commit is
/// searched instead, so that a second writer never touches the index the host serves.
/// </summary>
public sealed class KnowledgeWorkspace : IAsyncDisposable
{
    private readonly string? snapshot;
    private readonly KnowledgeSynonyms synonyms;
    private readonly WordNetSynonyms wordNet;

    private KnowledgeWorkspace(SqliteArticleStore store, LuceneArticleIndex index, KnowledgeOptions options, string? snapshot)
    {
        this.snapshot = snapshot;
        Store = store;
        Index = index;
        Options = options;
        synonyms = new KnowledgeSynonyms(options);
        wordNet = new WordNetSynonyms(options);
        Search = new KnowledgeSearch(index, options, synonyms, TimeProvider.System, wordNet);
    }

    public SqliteArticleStore Store { get; }

    public LuceneArticleIndex Index { get; }

    public KnowledgeOptions Options { get; }

    public KnowledgeSearch Search { get; }

    /// <summary>Another search over the same index and synonyms, with options changed by <paramref name="change"/>.</summary>
    public KnowledgeSearch SearchWith(Action<KnowledgeOptions> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var changed = CliSettings.KnowledgeOptions(Options.IndexPath, Options.ContentPath);
        change(changed);
        return new KnowledgeSearch(Index, changed, synonyms, TimeProvider.System, wordNet);
    }

    /// <summary>Opens the data folder's knowledge base, seeding it from <paramref name="contentPath"/> if it is empty.</summary>
    public static async Task<KnowledgeWorkspace> OpenAsync(DataFolder data, string contentPath, CancellationToken cancellationToken)
    {
        var swap = new IndexFolderSwap(data.IndexPath);
        string? snapshot = null;
        if (swap.InUse())
            snapshot = Snapshot(data.IndexPath);
        else
            swap.Recover();
        var database = new SqliteDatabase(data.DatabasePath);
        await database.InitializeAsync(cancellationToken);
        var store = new SqliteArticleStore(database, TimeProvider.System);
        var options = CliSettings.KnowledgeOptions(snapshot ?? data.IndexPath, contentPath);
        var index = new LuceneArticleIndex(options);
        try
        {
            await new KnowledgeSeeder(store, index, options, NullLogger<KnowledgeSeeder>.Instance).StartAsync(cancellationToken);
        }
        catch
        {
            index.Dispose();
            DeleteSnapshot(snapshot);
            throw;
        }
        var workspace = new KnowledgeWorkspace(store, index, options, snapshot);
        // A command ranks every question as the service does once WordNet is read, so it waits for it.
        await workspace.wordNet.WaitAsync(cancellationToken);
        return workspace;
    }

    public async ValueTask DisposeAsync()
    {
        await Index.DisposeAsync();
        synonyms.Dispose();
        wordNet.Dispose();
        DeleteSnapshot(snapshot);
    }

    // Committed index files are never rewritten, so copying them while the host writes yields its last commit.
    private static string Snapshot(string indexPath)
    {
        var copy = Path.Combine(Path.GetTempPath(), "citycrm-kb-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.EnumerateFiles(indexPath))
        {
            if (Path.GetFileName(file) != "write.lock")
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }
        return copy;
    }

    private static void DeleteSnapshot(string? snapshot)
    {
        if (snapshot is not null && Directory.Exists(snapshot))
            Directory.Delete(snapshot, recursive: true);
    }
}
