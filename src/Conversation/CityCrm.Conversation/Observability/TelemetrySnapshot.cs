namespace CityCrm.Conversations.Observability;

/// <summary>
/// The latest readings behind the gauges, replaced whole by <see cref="TelemetrySampler"/>: a scrape reads memory and
/// never waits on the database.
/// </summary>
public sealed class TelemetrySnapshot
{
    private volatile Readings current = new([], 0, 0);

    /// <summary>Depth and longest wait of every queue at the last reading.</summary>
    public IReadOnlyList<QueueReading> Queues => current.Queues;

    /// <summary>Messages waiting in the outbox at the last reading.</summary>
    public long OutboxPending => current.OutboxPending;

    /// <summary>Seconds the oldest of them had waited at the last reading.</summary>
    public double OutboxLagSeconds => current.OutboxLagSeconds;

    /// <summary>Replaces every reading at once.</summary>
    public void Update(IReadOnlyList<QueueReading> queues, long outboxPending, double outboxLagSeconds) =>
        current = new Readings(queues, outboxPending, outboxLagSeconds);

    private sealed record Readings(IReadOnlyList<QueueReading> Queues, long OutboxPending, double OutboxLagSeconds);
}
