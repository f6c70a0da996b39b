using CityCrm.Conversations.Hubs;
using CityCrm.Conversations.Supervision;

namespace CityCrm.Conversations.Routing;

/// <summary>
/// The dashboard's agents by presence, from routing's own presence: every account that may work conversations is
/// counted once, and one routing has not seen since the start is offline.
/// </summary>
public sealed class RoutingPresenceSnapshot(AgentPresence presence, IAgentRoutingStore store) : IPresenceSnapshot
{
    private static readonly PresenceStatus[] Order = [PresenceStatus.Available, PresenceStatus.Busy, PresenceStatus.Away, PresenceStatus.Offline];

    public async Task<IReadOnlyList<PresenceCount>> CountAsync(CancellationToken cancellationToken)
    {
        var states = presence.All().ToDictionary(p => p.AgentId, p => p.Status, StringComparer.Ordinal);
        var agents = await store.ListAgentsAsync(cancellationToken);
        var counts = agents.GroupBy(a => states.GetValueOrDefault(a.Id, PresenceStatus.Offline)).ToDictionary(g => g.Key, g => g.Count());
        return [.. Order.Select(s => new PresenceCount(AgentPresenceDto.NameOf(s), counts.GetValueOrDefault(s)))];
    }
}
