namespace CityCrm.Conversations.Events;

/// <summary>
/// The assigned agent is typing a reply. Channels that can show it (Web Chat) tell the resident; the others ignore it.
/// Nothing is stored.
/// </summary>
/// <param name="ConversationId">The conversation the agent is answering.</param>
/// <param name="InboxId">The conversation's inbox, so each channel can tell whether it is its own.</param>
/// <param name="AgentId">The agent's account id.</param>
/// <param name="AgentName">The agent's display name.</param>
/// <param name="OccurredAt">When the agent typed.</param>
public sealed record AgentTyping(string ConversationId, string InboxId, string AgentId, string AgentName, DateTimeOffset OccurredAt) : IDomainEvent;
