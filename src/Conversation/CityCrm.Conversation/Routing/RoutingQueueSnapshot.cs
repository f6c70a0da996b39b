using CityCrm.Conversations.Supervision;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Routing;

/// <summary>
/// The dashboard's queues from routing: the configured queues (shown even when empty) and any other queue something
/// waits in, each with its depth, the offers open on it, its longest wait and its waiting-time target.
/// </summary>
public sealed class RoutingQueueSnapshot(IAgentRoutingStore store, OfferBook offers, IOptions<RoutingOptions> options) : IQueueSnapshot
{
    // Far above any real backlog; it bounds what one count reads.
    private const int Limit = 10_000;

    public async Task<IReadOnlyList<QueueCounter>> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var queued = await store.ListQueuedAsync(Limit, cancellationToken);
        var offered = offers.Pending().Select(o => o.ConversationId).ToHashSet(StringComparer.Ordinal);
        var byQueue = queued.ToLookup(q => q.Queue, StringComparer.OrdinalIgnoreCase);
        var names = options.Value.Queues.Select(q => q.Name).Concat(queued.Select(q => q.Queue))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);
        return [.. names.Select(name =>
        {
            var waiting = byQueue[name].ToList();
            var oldest = waiting.Select(q => q.QueuedAt).DefaultIfEmpty(now).Min();
            return new QueueCounter(
                name, waiting.Count, Math.Max(0, (long)(now - oldest).TotalSeconds), waiting.Count(q => offered.Contains(q.Id)), Seconds(options.Value.SlaTargetOf(name)));
        })];
    }

    public int? SlaTargetSecondsOf(string? queue) =>
        options.Value.Queues.FirstOrDefault(q => string.Equals(q.Name, queue, StringComparison.OrdinalIgnoreCase)) is { } configured
            ? Seconds(configured.SlaTarget)
            : null;

    private static int Seconds(TimeSpan target) => (int)Math.Round(target.TotalSeconds);
}
