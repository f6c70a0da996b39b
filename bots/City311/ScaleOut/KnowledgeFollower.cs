using CityCrm.Knowledge;
using CityCrm.Knowledge.Editorial;
using CityCrm.Knowledge.Indexing;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CityCrm.City311.ScaleOut;

/// <summary>
/// Keeps this node's Lucene index following knowledge changes made on other nodes: each editor's change is announced
/// on Redis (article id and live version) and every other node reads that article from the shared store into its
/// index; a reconcile every <see cref="ScaleOutOptions.ReconcileSeconds"/> compares ids and versions with the store,
/// as start-up does, so a notice lost to a Redis outage is repaired.
/// </summary>
public sealed class KnowledgeFollower(
    RedisLink link, IArticleStore store, LuceneArticleIndex index, IOptions<ScaleOutOptions> options, TimeProvider clock,
    ILogger<KnowledgeFollower> logger) : BackgroundService, IArticleChangeNotice
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("citycrm:knowledge");
    private readonly string self = Guid.NewGuid().ToString("N");
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task ChangedAsync(string id, int? version, CancellationToken cancellationToken)
    {
        try
        {
            var redis = await link.GetAsync();
            await redis.GetSubscriber().PublishAsync(Channel, $"{self} {version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {id}");
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            logger.LogWarning(ex, "Announcing the change of article {Id} failed; other nodes pick it up at their next reconcile", id);
        }
    }

    /// <summary>Brings the index in line with the store (ids and versions); returns how many articles changed.</summary>
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        var articles = await store.ListAsync(cancellationToken);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var indexed = index.IndexedVersions();
            var changed = 0;
            foreach (var article in articles.Where(a => !indexed.TryGetValue(a.Id, out var v) || v != a.Version))
            {
                index.Index(article);
                changed++;
            }
            var live = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in indexed.Keys.Where(id => !live.Contains(id)))
            {
                index.Delete(gone);
                changed++;
            }
            return changed;
        }
        finally
        {
            gate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await link.SubscribeAsync(Channel, message => _ = OnNoticeAsync(message.ToString(), stoppingToken), logger, stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.ReconcileSeconds)), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await RunAsync(ReconcileAsync, "Reconciling the knowledge index", stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private Task OnNoticeAsync(string message, CancellationToken stoppingToken)
    {
        var parts = message.Split(' ', 3);
        if (parts.Length != 3 || parts[0] == self)
            return Task.CompletedTask;
        return RunAsync(ct => FollowAsync(parts[2], ct), $"Following article {parts[2]}", stoppingToken);
    }

    // The store, not the notice, says what is live: a late notice for an older version changes nothing.
    private async Task<int> FollowAsync(string id, CancellationToken cancellationToken)
    {
        var article = await store.GetAsync(id, cancellationToken);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var indexed = index.IndexedVersions();
            if (article is null && indexed.ContainsKey(id))
                index.Delete(id);
            else if (article is not null && (!indexed.TryGetValue(id, out var v) || v != article.Version))
                index.Index(article);
            return 1;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task RunAsync(Func<CancellationToken, Task<int>> work, string what, CancellationToken stoppingToken)
    {
        try
        {
            await work(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "{What} failed; the next reconcile repairs it", what);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
