using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Routing;

/// <summary>
/// Who is available, busy, away or offline, kept in memory: presence is about live connections, so after a restart
/// everyone starts offline and returns to what they chose when their console reconnects. An agent's first connection
/// makes them away until they choose; when the last connection drops they are away, and offline after the grace period.
/// </summary>
public sealed class AgentPresence(TimeProvider clock, IOptions<RoutingOptions> options)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Entry> agents = new(StringComparer.Ordinal);

    /// <summary>A console connected; returns the new presence when it changed.</summary>
    public PresenceState? Connect(string agentId, string connectionId)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (!agents.TryGetValue(agentId, out var entry))
                agents[agentId] = entry = new Entry(PresenceStatus.Away, now);
            var first = entry.Connections.Count == 0;
            entry.Connections.Add(connectionId);
            if (!first || entry.DroppedAt is null)
                return first ? entry.State(agentId) : null;
            // Back after a drop: as they were before it.
            entry.DroppedAt = null;
            return Change(agentId, entry, entry.Chosen, now);
        }
    }

    /// <summary>A console disconnected; returns the new presence when it changed (the last one going makes the agent away).</summary>
    public PresenceState? Disconnect(string agentId, string connectionId)
    {
        lock (gate)
        {
            if (!agents.TryGetValue(agentId, out var entry) || !entry.Connections.Remove(connectionId) || entry.Connections.Count > 0)
                return null;
            var now = clock.GetUtcNow();
            entry.DroppedAt = now;
            return entry.Status == PresenceStatus.Offline ? null : Change(agentId, entry, PresenceStatus.Away, now);
        }
    }

    /// <summary>The agent (or a supervisor for them) chose a status.</summary>
    public PresenceState Set(string agentId, PresenceStatus status)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (!agents.TryGetValue(agentId, out var entry))
                agents[agentId] = entry = new Entry(PresenceStatus.Offline, now);
            entry.Chosen = status;
            return Change(agentId, entry, status, now) ?? entry.State(agentId);
        }
    }

    public PresenceState Get(string agentId)
    {
        lock (gate)
            return agents.TryGetValue(agentId, out var entry)
                ? entry.State(agentId)
                : new PresenceState(agentId, PresenceStatus.Offline, DateTimeOffset.MinValue, DateTimeOffset.MinValue, false);
    }

    public IReadOnlyList<PresenceState> All()
    {
        lock (gate)
            return [.. agents.Select(a => a.Value.State(a.Key))];
    }

    /// <summary>The agent got a conversation: their idle time starts again.</summary>
    public void MarkWorked(string agentId)
    {
        lock (gate)
        {
            if (agents.TryGetValue(agentId, out var entry))
                entry.IdleSince = clock.GetUtcNow();
        }
    }

    /// <summary>Agents away because their connection dropped longer than the grace period ago become offline.</summary>
    public IReadOnlyList<PresenceState> ExpireGrace()
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            var changed = new List<PresenceState>();
            foreach (var (id, entry) in agents)
            {
                if (entry.DroppedAt is { } dropped && now - dropped >= options.Value.PresenceGrace && entry.Status != PresenceStatus.Offline)
                    changed.Add(Change(id, entry, PresenceStatus.Offline, now)!);
            }
            return changed;
        }
    }

    private static PresenceState? Change(string agentId, Entry entry, PresenceStatus status, DateTimeOffset now)
    {
        if (entry.Status == status)
            return null;
        if (status == PresenceStatus.Available)
            entry.IdleSince = now;
        entry.Status = status;
        entry.Since = now;
        return entry.State(agentId);
    }

    private sealed class Entry(PresenceStatus status, DateTimeOffset now)
    {
        public HashSet<string> Connections { get; } = new(StringComparer.Ordinal);
        public PresenceStatus Status { get; set; } = status;
        public PresenceStatus Chosen { get; set; } = status;
        public DateTimeOffset Since { get; set; } = now;
        public DateTimeOffset IdleSince { get; set; } = now;
        public DateTimeOffset? DroppedAt { get; set; }

        public PresenceState State(string agentId) => new(agentId, Status, Since, IdleSince, Connections.Count > 0);
    }
}
