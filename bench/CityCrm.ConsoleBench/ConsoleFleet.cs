using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace CityCrm.ConsoleBench;

/// <summary>
/// Agent consoles: real SignalR clients on <c>/hubs/agent</c> over WebSockets, signed in with the agent's cookie.
/// Each notes how long after the conversation was queued (the server's clock, in the push) it first heard of it.
/// </summary>
internal sealed class ConsoleFleet(Uri baseUri, string cookie) : IAsyncDisposable
{
    private const int ConnectInParallel = 25;

    private readonly List<HubConnection> connections = [];

    // Conversation id -> each console's delay, in milliseconds, from the queuing to hearing of it (same machine, same clock).
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> heard = new(StringComparer.Ordinal);

    public int Count => connections.Count;

    public async Task ConnectAsync(int count, CancellationToken cancellationToken)
    {
        for (var started = 0; started < count; started += ConnectInParallel)
        {
            var batch = Enumerable.Range(0, Math.Min(ConnectInParallel, count - started)).Select(_ => Create()).ToList();
            await Task.WhenAll(batch.Select(c => c.StartAsync(cancellationToken)));
            connections.AddRange(batch);
            if (connections.Count % 200 == 0)
                Console.Error.WriteLine($"  {connections.Count} consoles connected");
        }
    }

    /// <summary>Waits until every console heard the conversation queued (or the timeout passed) and returns their delays.</summary>
    public async Task<IReadOnlyCollection<double>> WaitHeardAsync(string conversationId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var bag = heard.GetOrAdd(conversationId, _ => []);
        for (var deadline = DateTime.UtcNow + timeout; bag.Count < connections.Count && DateTime.UtcNow < deadline;)
            await Task.Delay(20, cancellationToken);
        return bag;
    }

    private HubConnection Create()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUri, "/hubs/agent"), HttpTransportType.WebSockets, o => o.Headers["Cookie"] = cookie)
            .Build();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        connection.On<JsonElement>("ConversationChanged", summary =>
        {
            var at = DateTimeOffset.UtcNow;
            if (summary.GetProperty("status").GetString() != "queued")
                return;
            var id = summary.GetProperty("id").GetString()!;
            // A console hears a queued conversation again when its last message changes; only the first push counts.
            lock (seen)
            {
                if (!seen.Add(id))
                    return;
            }
            var queuedAt = summary.GetProperty("queuedAt").GetDateTimeOffset();
            heard.GetOrAdd(id, _ => []).Add((at - queuedAt).TotalMilliseconds);
        });
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var batch in connections.Chunk(50))
            await Task.WhenAll(batch.Select(c => c.DisposeAsync().AsTask()));
    }
}
