namespace CityCrm.Conversations.Supervision;

/// <summary>
/// The agents' queues right now: how many conversations wait in each and since when the longest has. The stand-in
/// (<see cref="SingleQueueSnapshot"/>) knows one queue; routing by department and language provides more.
/// </summary>
public interface IQueueSnapshot
{
    Task<IReadOnlyList<QueueCounter>> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
