using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace CityCrm.City311.Tests.Agents;

/// <summary>Collects one kind of hub push on a connection, for a test to wait on.</summary>
public sealed class Pushes<T>
{
    // Only a bound on failure: a push that never comes fails the test instead of hanging it.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly Channel<T> channel = Channel.CreateUnbounded<T>();

    public Pushes(HubConnection connection, string method) => connection.On<T>(method, item => channel.Writer.TryWrite(item));

    /// <summary>The next push that matches, skipping others; throws when none comes in time.</summary>
    public async Task<T> NextAsync(Func<T, bool> match)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await foreach (var item in channel.Reader.ReadAllAsync(timeout.Token))
        {
            if (match(item))
                return item;
        }
        throw new InvalidOperationException("The channel closed.");
    }
}
