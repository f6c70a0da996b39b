namespace CityCrm.Conversations.Outreach;

/// <summary>Wakes <see cref="BroadcastSender"/> when a broadcast was planned, instead of waiting for its next look.</summary>
public sealed class BroadcastSignal
{
    private readonly SemaphoreSlim semaphore = new(0, 1);

    public void Notify()
    {
        if (semaphore.CurrentCount == 0)
        {
            try { semaphore.Release(); }
            catch (SemaphoreFullException) { /* already signalled */ }
        }
    }

    public Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken) =>
        Task.WhenAny(semaphore.WaitAsync(cancellationToken), Task.Delay(timeout, clock, cancellationToken));
}
