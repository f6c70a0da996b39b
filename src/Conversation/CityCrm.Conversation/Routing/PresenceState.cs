namespace CityCrm.Conversations.Routing;

/// <summary>An agent's presence now.</summary>
/// <param name="AgentId">The account id.</param>
/// <param name="Status">What routing goes by.</param>
/// <param name="Since">When the status last changed.</param>
/// <param name="IdleSince">When the agent last became available or last got a conversation (ties go to the longest idle).</param>
/// <param name="Connected">Whether any console of theirs is connected.</param>
public sealed record PresenceState(string AgentId, PresenceStatus Status, DateTimeOffset Since, DateTimeOffset IdleSince, bool Connected);
