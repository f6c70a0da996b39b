using System.Threading.Channels;

namespace CityCrm.Conversations.Outbox;

/// <summary>
/// Wakes the <see cref="OutboxDispatcher"/> when entries are written or a send finishes. Signals that arrive
/// while one is already waiting merge into it: the dispatcher reads every due entry when it wakes.
/// </summary>
public sealed class OutboxSignal
{
    private readonly Channel<bool> signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => signals.Writer.TryWrite(true);

    /// <summary>Completes at the next signal (at once if one is waiting).</summary>
    public async Task WaitAsync(CancellationToken cancellationToken) => await signals.Reader.ReadAsync(cancellationToken);
}
