namespace CityCrm.Conversations.Routing;

/// <summary>
/// Chooses who is offered a conversation: among available agents whose skills cover its queue and who have room for
/// its channel type, the one with the most free room; ties go to whoever has been idle longest.
/// </summary>
public static class AgentSelector
{
    /// <summary>The chosen agent's id, or null when nobody fits.</summary>
    public static string? Choose(QueuedConversation conversation, IEnumerable<RoutingCandidate> candidates, RoutingOptions options) =>
        candidates
            .Where(c => c.Skills.Covers(conversation.Queue))
            .Select(c => (c.AgentId, c.IdleSince, Free: FreeSlots(c, ChannelTypes.Of(conversation.ChannelId), options)))
            .Where(c => c.Free > 0)
            .OrderByDescending(c => c.Free)
            .ThenBy(c => c.IdleSince)
            .ThenBy(c => c.AgentId, StringComparer.Ordinal)
            .Select(c => c.AgentId)
            .FirstOrDefault();

    /// <summary>
    /// How many more conversations of <paramref name="channelType"/> the agent can take. A call fills an agent: nothing
    /// more while on one, and a call only when holding nothing else.
    /// </summary>
    public static int FreeSlots(RoutingCandidate candidate, string channelType, RoutingOptions options)
    {
        var load = candidate.Load;
        if (load.GetValueOrDefault(ChannelTypes.Phone) > 0)
            return 0;
        if (channelType == ChannelTypes.Phone)
            return load.Values.Sum() == 0 ? 1 : 0;
        var capacity = candidate.Skills.Capacity.TryGetValue(channelType, out var own) ? own
            : options.Capacity.TryGetValue(channelType, out var configured) ? configured : 1;
        return capacity - load.GetValueOrDefault(channelType);
    }
}
