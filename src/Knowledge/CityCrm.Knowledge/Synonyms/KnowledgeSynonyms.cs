using CityCrm.Knowledge.Indexing;
using Lucene.Net.Analysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CityCrm.Knowledge.Synonyms;

/// <summary>
/// The city's synonym list (<see cref="KnowledgeOptions.SynonymsPath"/>), applied to questions at search
/// time so an edit takes effect without re-indexing. The file's time stamp is checked at most once per
/// <see cref="KnowledgeOptions.SynonymsCheckInterval"/> during searches and the list re-read when it
/// changed; a list with an error is reported in the log and the last good one stays in use.
/// </summary>
public sealed class KnowledgeSynonyms : IDisposable
{
    private readonly string? path;
    private readonly TimeSpan checkInterval;
    private readonly ILogger logger;
    private readonly Analyzer analyzer = KnowledgeAnalyzer.Create();
    private readonly System.Threading.Lock reloadGate = new();
    private volatile SynonymMap current = SynonymMap.Empty;
    private (bool Exists, DateTime Written, long Length)? stamp;
    private long nextCheck;

    public KnowledgeSynonyms(KnowledgeOptions options, ILogger<KnowledgeSynonyms>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        path = string.IsNullOrWhiteSpace(options.SynonymsPath) ? null : options.SynonymsPath;
        checkInterval = options.SynonymsCheckInterval;
        this.logger = logger ?? NullLogger<KnowledgeSynonyms>.Instance;
        Refresh();
    }

    /// <summary>The number of groups in use (groups whose entries all analyze alike are not counted).</summary>
    public int GroupCount => Current.GroupCount;

    /// <summary>The list in use, re-read first when the file changed and the check is due.</summary>
    internal SynonymMap Current
    {
        get
        {
            if (path is not null && Environment.TickCount64 >= Interlocked.Read(ref nextCheck))
                Refresh();
            return current;
        }
    }

    private void Refresh()
    {
        if (path is null)
            return;
        // A search that finds another one re-reading the file goes on with the list it has.
        if (!reloadGate.TryEnter())
            return;
        try
        {
            Interlocked.Exchange(ref nextCheck, Environment.TickCount64 + (long)checkInterval.TotalMilliseconds);
            var file = new FileInfo(path);
            var now = (file.Exists, file.Exists ? file.LastWriteTimeUtc : default, file.Exists ? file.Length : 0);
            if (stamp == now)
                return;
            stamp = now;
            if (!file.Exists)
            {
                current = SynonymMap.Empty;
                logger.LogWarning("The synonym list {Path} does not exist; questions are searched without synonyms.", path);
                return;
            }
            current = SynonymMap.Build(SynonymListParser.Parse(File.ReadAllText(path)), analyzer);
            logger.LogInformation("Loaded {Count} synonym groups from {Path}.", current.GroupCount, path);
        }
        catch (Exception e) when (e is SynonymFormatException or IOException or UnauthorizedAccessException)
        {
            // A file caught half-written is read again at the next check; a bad list waits for the next edit.
            if (e is not SynonymFormatException)
                stamp = null;
            logger.LogError("The synonym list {Path} was not loaded ({Problem}); {Count} groups stay in use.", path, e.Message, current.GroupCount);
        }
        finally
        {
            reloadGate.Exit();
        }
    }

    public void Dispose() => analyzer.Dispose();
}
