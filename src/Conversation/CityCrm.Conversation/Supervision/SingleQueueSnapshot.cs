using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Supervision;

/// <summary>Every queued conversation in one queue, "all", as the service routes today.</summary>
public sealed class SingleQueueSnapshot(IConversationStore store) : IQueueSnapshot
{
    public const string QueueName = "all";

    private const int Limit = 10_000;

    public async Task<IReadOnlyList<QueueCounter>> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var queued = await store.ListAsync([ConversationStatus.Queued], Limit, cancellationToken);
        var oldest = queued.Select(c => c.QueuedAt ?? c.UpdatedAt).DefaultIfEmpty(now).Min();
        return [new QueueCounter(QueueName, queued.Count, Math.Max(0, (long)(now - oldest).TotalSeconds))];
    }
}
