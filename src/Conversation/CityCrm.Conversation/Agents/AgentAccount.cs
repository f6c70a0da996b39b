namespace CityCrm.Conversations.Agents;

/// <summary>A staff member who signs in: agent, supervisor, editor or admin.</summary>
public sealed record AgentAccount(string Id, string UserName, string DisplayName, string PasswordHash, IReadOnlyList<string> Roles);
