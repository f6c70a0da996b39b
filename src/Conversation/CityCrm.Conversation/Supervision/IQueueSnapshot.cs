namespace CityCrm.Conversations.Supervision;

/// <summary>
/// The agents' queues right now: how many conversations wait in each, how many are being offered, since when the
/// longest has waited, and each queue's waiting-time target. Routing provides it (<see cref="Routing.RoutingQueueSnapshot"/>).
/// </summary>
public interface IQueueSnapshot
{
    /// <summary>Every known queue (configured ones even when empty) with its depth at <paramref name="now"/>.</summary>
    Task<IReadOnlyList<QueueCounter>> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// The waiting-time target a queue was configured with, in seconds; null when it has none of its own (the service
    /// level then measures against <see cref="SupervisorOptions.ServiceLevelTargetSeconds"/>).
    /// </summary>
    int? SlaTargetSecondsOf(string? queue);
}
