using Lucene.Net.Analysis;
using Microsoft.Extensions.Logging;

namespace CityCrm.Knowledge.Synonyms;

/// <summary>
/// One synonym list file, analyzed with its language's analyzer. The file's time stamp is checked at most
/// once per check interval and the list re-read when it changed; a list with an error is reported in the
/// log and the last good one stays in use.
/// </summary>
internal sealed class SynonymFile
{
    private readonly string? path;
    private readonly Analyzer analyzer;
    private readonly TimeSpan checkInterval;
    private readonly bool optional;
    private readonly ILogger logger;
    private readonly System.Threading.Lock reloadGate = new();
    private volatile SynonymMap current = SynonymMap.Empty;
    private (bool Exists, DateTime Written, long Length)? stamp;
    private long nextCheck;

    /// <param name="optional">A missing optional file means no synonyms, without a warning.</param>
    public SynonymFile(string? path, Analyzer analyzer, TimeSpan checkInterval, bool optional, ILogger logger)
    {
        this.path = string.IsNullOrWhiteSpace(path) ? null : path;
        this.analyzer = analyzer;
        this.checkInterval = checkInterval;
        this.optional = optional;
        this.logger = logger;
        Refresh();
    }

    /// <summary>The list in use, re-read first when the file changed and the check is due.</summary>
    public SynonymMap Current
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
                if (!optional)
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
}
