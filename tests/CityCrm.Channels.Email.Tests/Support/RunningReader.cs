using CityCrm.Channels.Email.Inbound;

namespace CityCrm.Channels.Email.Tests.Support;

/// <summary>A mailbox reader running in the background until the test stops it (like a host shutting down).</summary>
public sealed class RunningReader : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;

    public RunningReader(MailboxReader reader)
    {
        Reader = reader;
        running = Task.Run(() => reader.RunAsync(stop.Token));
    }

    public MailboxReader Reader { get; }

    /// <summary>Waits until this reader has committed <paramref name="count"/> messages.</summary>
    public Task UntilProcessedAsync(long count) =>
        InboundHostFactory.UntilAsync(() => Task.FromResult(Reader.Processed >= count), $"The reader committed {Reader.Processed} of {count} messages.");

    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await running;
    }

    public async ValueTask DisposeAsync()
    {
        if (!stop.IsCancellationRequested)
            await StopAsync();
        stop.Dispose();
    }
}
