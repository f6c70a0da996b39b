namespace CityCrm.Conversations.Routing;

/// <summary>An available agent the router weighs for one conversation.</summary>
/// <param name="AgentId">The account id.</param>
/// <param name="Skills">Departments, languages, capacity.</param>
/// <param name="Load">Conversations held (and offers pending) per channel type.</param>
/// <param name="IdleSince">When they last became available or last got a conversation.</param>
public sealed record RoutingCandidate(string AgentId, AgentSkills Skills, IReadOnlyDictionary<string, int> Load, DateTimeOffset IdleSince);
