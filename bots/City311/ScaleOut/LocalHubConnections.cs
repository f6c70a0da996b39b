using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace CityCrm.City311.ScaleOut;

/// <summary>
/// The hub connections served by this node and the groups each has joined: what the backplane must be told again
/// when it lost some of it during a Redis outage.
/// </summary>
public sealed class LocalHubConnections
{
    private readonly ConcurrentDictionary<string, Entry> connections = new(StringComparer.Ordinal);

    /// <summary>Records a connection this node now serves.</summary>
    public void Add(HubConnectionContext connection) => connections[connection.ConnectionId] = new Entry(connection);

    /// <summary>Forgets a connection that has gone.</summary>
    public void Remove(HubConnectionContext connection) => connections.TryRemove(connection.ConnectionId, out _);

    /// <summary>Whether <paramref name="connectionId"/> is served here (group changes for others go through Redis only).</summary>
    public bool Contains(string connectionId) => connections.ContainsKey(connectionId);

    /// <summary>Records that a local connection joined a group; ignored for a connection not served here.</summary>
    public void Join(string connectionId, string groupName)
    {
        if (connections.TryGetValue(connectionId, out var entry))
        {
            lock (entry.Groups)
                entry.Groups.Add(groupName);
        }
    }

    /// <summary>Records that a local connection left a group.</summary>
    public void Leave(string connectionId, string groupName)
    {
        if (connections.TryGetValue(connectionId, out var entry))
        {
            lock (entry.Groups)
                entry.Groups.Remove(groupName);
        }
    }

    /// <summary>A copy of every local connection with its groups, for re-registering them with the backplane.</summary>
    public IReadOnlyList<(HubConnectionContext Connection, string[] Groups)> Snapshot() =>
        connections.Values.Select(e =>
        {
            lock (e.Groups)
                return (e.Connection, e.Groups.ToArray());
        }).ToList();

    private sealed record Entry(HubConnectionContext Connection)
    {
        public HashSet<string> Groups { get; } = new(StringComparer.Ordinal);
    }
}
