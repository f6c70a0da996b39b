namespace CityCrm.Conversations.Outbox;

/// <summary>
/// What waits in the outbox: how many entries are still pending (not yet accepted by a provider, including those
/// waiting for a retry) and when the oldest of them was written; null when nothing waits.
/// </summary>
public sealed record OutboxBacklog(long Pending, DateTimeOffset? OldestCreatedAt)
{
    /// <summary>How long the oldest entry has waited at <paramref name="now"/>; zero when nothing waits.</summary>
    public TimeSpan LagAt(DateTimeOffset now) =>
        OldestCreatedAt is { } oldest && now > oldest ? now - oldest : TimeSpan.Zero;
}
