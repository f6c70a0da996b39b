namespace CityCrm.Conversations.Events;

/// <summary>A conversation was handed off and waits for an agent.</summary>
public sealed record ConversationQueued(string ConversationId, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>An agent took a conversation.</summary>
public sealed record ConversationAssigned(string ConversationId, string AgentId, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A conversation was resolved.</summary>
public sealed record ConversationResolved(string ConversationId, string ResolvedBy, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A resolved conversation came back to the bot because the resident wrote again.</summary>
public sealed record ConversationReopened(string ConversationId, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A conversation moved to another agent or queue; <paramref name="FromAgentId"/> held it before (null when it was queued).</summary>
public sealed record ConversationTransferred(
    string ConversationId, string? FromAgentId, string? ToAgentId, string? ToQueue, string TransferredBy, DateTimeOffset OccurredAt) : IDomainEvent;
