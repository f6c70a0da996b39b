using System.Threading.Channels;

namespace CityCrm.EndToEnd.Tests.ScaleOut;

/// <summary>What a hub connection was pushed, in order, for a test to wait on.</summary>
public sealed class Pushes<T>
{
    private readonly Channel<T> items = Channel.CreateUnbounded<T>();
    private readonly List<T> all = [];

    public void Add(T item)
    {
        lock (all) all.Add(item);
        items.Writer.TryWrite(item);
    }

    /// <summary>The next push (after those already taken) that matches, or a timeout listing every push seen.</summary>
    public async Task<T> NextAsync(Func<T, bool> match, TimeSpan within, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(within);
        try
        {
            while (true)
            {
                var next = await items.Reader.ReadAsync(timeout.Token);
                if (match(next))
                    return next;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            lock (all)
                throw new TimeoutException($"No matching push within {within}; pushed:\n{string.Join('\n', all)}");
        }
    }
}
