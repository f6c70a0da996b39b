using CityCrm.Knowledge.Content;
using CityCrm.Knowledge.Indexing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CityCrm.Knowledge;

/// <summary>
/// Readies the knowledge base before the app serves: a new installation's empty article store gets the
/// content folder's articles, and an index that is missing or out of step with the store (another set of ids, or
/// another version of one) is rebuilt from the store, which is the source of truth.
/// </summary>
public sealed class KnowledgeSeeder(
    IArticleStore store,
    LuceneArticleIndex index,
    KnowledgeOptions options,
    ILogger<KnowledgeSeeder> logger) : IHostedService
{
    /// <summary>Does all the work here, since the host starts serving only after every StartAsync returns.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await store.CountAsync(cancellationToken) == 0)
            await ImportContentAsync(cancellationToken);

        var articles = await store.ListAsync(cancellationToken);
        var indexed = index.IndexedVersions();
        // Ids and versions, not counts: a crash after an edit's store write and before its index commit leaves as
        // many documents as articles, one of them a version behind.
        if (indexed.Count == articles.Count && articles.All(a => indexed.TryGetValue(a.Id, out var v) && v == a.Version) && index.HasCurrentFields())
        {
            logger.LogInformation("Knowledge index is current with {Count} articles", indexed.Count);
            return;
        }
        index.Rebuild(articles);
        logger.LogInformation("Rebuilt the knowledge index: {Indexed} documents before, {Count} articles now", indexed.Count, articles.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ImportContentAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.ContentPath) || !Directory.Exists(options.ContentPath))
        {
            logger.LogWarning("The article store is empty and there is no content folder at '{Path}' to import", options.ContentPath);
            return;
        }
        var articles = await ArticleFolder.ReadAllAsync(options.ContentPath, cancellationToken);
        foreach (var article in articles)
            await store.UpsertAsync(article, cancellationToken);
        logger.LogInformation("Imported {Count} articles from {Path}", articles.Count, options.ContentPath);
    }
}
