using CityCrm.Knowledge.Indexing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CityCrm.Knowledge.Editorial;

/// <summary>
/// At start-up, makes the published store and the index say what the editorial history says. Publishing writes the
/// history first, then the store, then the index; a process killed between those steps left an article answering with
/// its previous version (or still answering after it was archived), and repeating the action is refused because the
/// history has already moved on. Articles without a history (imported, never edited) are left as they are.
/// </summary>
public sealed partial class PublishedArticleRepair(
    IEditorialStore history, IArticleStore published, LuceneArticleIndex index, ILogger<PublishedArticleRepair> logger) : IHostedService
{
    /// <summary>Repairs every article out of step; returns how many were.</summary>
    public async Task<int> RepairAsync(CancellationToken cancellationToken)
    {
        var repaired = 0;
        foreach (var entry in await history.ListAsync(cancellationToken))
        {
            var id = entry.Record.Id;
            var live = await published.GetAsync(id, cancellationToken);
            if (entry.Record.PublishedVersion is { } number && live?.Version != number)
            {
                var content = number == entry.Record.HeadVersion
                    ? entry.Head
                    : (await history.GetVersionAsync(id, number, cancellationToken))?.Content;
                if (content is null)
                    continue;
                var article = content with { Id = id, Version = number };
                await published.UpsertAsync(article, cancellationToken);
                index.Index(article);
                LogRepublished(logger, id, number);
                repaired++;
            }
            else if (entry.Record.PublishedVersion is null && live is not null)
            {
                await published.DeleteAsync(id, cancellationToken);
                index.Delete(id);
                LogWithdrawn(logger, id);
                repaired++;
            }
        }
        return repaired;
    }

    public Task StartAsync(CancellationToken cancellationToken) => RepairAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {ArticleId} was published as version {Version} but not stored or indexed: repaired")]
    private static partial void LogRepublished(ILogger logger, string articleId, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {ArticleId} was withdrawn but still answered: removed from the store and the index")]
    private static partial void LogWithdrawn(ILogger logger, string articleId);
}
