using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CityCrm.Knowledge.Indexing;

/// <summary>
/// The article index on disk: one <see cref="IndexWriter"/> for the life of the process, a
/// <see cref="SearcherManager"/> that hands out near-real-time searchers, and a background thread that
/// reopens them every <see cref="KnowledgeOptions.RefreshInterval"/>, so a newly indexed article is
/// searchable within a fraction of a second without reopening on every query.
/// </summary>
public sealed class LuceneArticleIndex : IDisposable, IAsyncDisposable
{
    private readonly FSDirectory directory;
    private readonly IndexWriter writer;
    private readonly TrackingIndexWriter tracking;
    private readonly SearcherManager searchers;
    private readonly ControlledRealTimeReopenThread<IndexSearcher> refresher;
    private readonly System.Threading.Lock rebuildGate = new();
    private int disposed;

    public LuceneArticleIndex(KnowledgeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.IndexPath))
            throw new ArgumentException("KnowledgeOptions.IndexPath is required.", nameof(options));
        System.IO.Directory.CreateDirectory(options.IndexPath);
        directory = FSDirectory.Open(options.IndexPath);
        // The English analyzer is the writer's default; each document is analyzed in its own language.
        writer = new IndexWriter(directory, new IndexWriterConfig(KnowledgeAnalyzer.Version, Analyzers.English)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
        });
        // An empty index still needs a commit so that readers can open it.
        writer.Commit();
        tracking = new TrackingIndexWriter(writer);
        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
        var stale = options.RefreshInterval.TotalSeconds;
        refresher = new ControlledRealTimeReopenThread<IndexSearcher>(tracking, searchers, stale, Math.Min(stale, 0.02))
        {
            IsBackground = true,
            Name = "knowledge-index-refresh",
        };
        refresher.Start();
    }

    /// <summary>The English analyzer (the writer's default).</summary>
    internal Analyzer Analyzer => Analyzers.English;

    /// <summary>The analyzers of every supported language, as the index uses them.</summary>
    internal LanguageAnalyzers Analyzers { get; } = new();

    /// <summary>Adds the article, or replaces the one with the same id, and commits it to disk.</summary>
    public void Index(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        ThrowIfDisposed();
        tracking.UpdateDocument(ArticleDocuments.IdTerm(article.Id), ArticleDocuments.ToDocument(article), Analyzers.For(article.Language));
        writer.Commit();
    }

    /// <summary>Removes the article with this id, if indexed.</summary>
    public void Delete(string id)
    {
        ThrowIfDisposed();
        tracking.DeleteDocuments(ArticleDocuments.IdTerm(id));
        writer.Commit();
    }

    /// <summary>
    /// Makes the index hold exactly <paramref name="articles"/>. Articles are replaced one by one and stale
    /// ones deleted afterwards, so searches running meanwhile never see an empty index.
    /// </summary>
    public void Rebuild(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ThrowIfDisposed();
        lock (rebuildGate)
        {
            var keep = new HashSet<string>(StringComparer.Ordinal);
            foreach (var article in articles)
            {
                tracking.UpdateDocument(ArticleDocuments.IdTerm(article.Id), ArticleDocuments.ToDocument(article), Analyzers.For(article.Language));
                keep.Add(article.Id);
            }
            var stale = IndexedIds().Where(id => !keep.Contains(id)).Select(ArticleDocuments.IdTerm).ToArray();
            if (stale.Length > 0)
                tracking.DeleteDocuments(stale);
            // A full rebuild is rare (seeding, a changed schema); merged into one segment, every search
            // afterwards looks each term up once instead of once per segment.
            writer.ForceMerge(1);
            writer.Commit();
            searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>The number of searchable articles, counting every change made so far.</summary>
    public int Count()
    {
        ThrowIfDisposed();
        searchers.MaybeRefreshBlocking();
        return WithSearcher(searcher => searcher.IndexReader.NumDocs);
    }

    /// <summary>Each searchable article's id and indexed version, to compare with the store after a crash.</summary>
    public IReadOnlyDictionary<string, int> IndexedVersions()
    {
        ThrowIfDisposed();
        searchers.MaybeRefreshBlocking();
        return WithSearcher(searcher =>
        {
            var reader = searcher.IndexReader;
            var live = MultiFields.GetLiveDocs(reader);
            var versions = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < reader.MaxDoc; i++)
            {
                if (live is not null && !live.Get(i))
                    continue;
                var document = reader.Document(i, new HashSet<string> { ArticleFields.Id, ArticleFields.Version });
                versions[document.Get(ArticleFields.Id)] = document.GetField(ArticleFields.Version)?.GetInt32Value() ?? 0;
            }
            return versions;
        });
    }

    /// <summary>
    /// Whether the index was written with the current fields. One written before articles carried their
    /// language, validity window and word list answers no filtered search and must be rebuilt from the store.
    /// </summary>
    public bool HasCurrentFields()
    {
        ThrowIfDisposed();
        searchers.MaybeRefreshBlocking();
        return WithSearcher(searcher =>
            searcher.IndexReader.NumDocs == 0
            || (MultiFields.GetTerms(searcher.IndexReader, ArticleFields.SearchLanguage) is not null
                && MultiFields.GetTerms(searcher.IndexReader, ArticleFields.Words) is not null));
    }

    /// <summary>Runs <paramref name="search"/> on the current searcher, released afterwards.</summary>
    internal T WithSearcher<T>(Func<IndexSearcher, T> search)
    {
        ThrowIfDisposed();
        var searcher = searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private List<string> IndexedIds()
    {
        searchers.MaybeRefreshBlocking();
        return WithSearcher(searcher =>
        {
            var ids = new List<string>();
            var terms = MultiFields.GetTerms(searcher.IndexReader, ArticleFields.Id);
            if (terms is null)
                return ids;
            var iterator = terms.GetEnumerator();
            while (iterator.MoveNext())
                ids.Add(iterator.Term.Utf8ToString());
            return ids;
        });
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
            return;
        // Stop the refresher before the manager and writer it uses; the writer commits on dispose.
        refresher.Dispose();
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
        Analyzers.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
