namespace CityCrm.Conversations.Routing;

/// <summary>A staff member who works conversations, with their skills.</summary>
public sealed record RoutableAgent(string Id, string DisplayName, AgentSkills Skills);
