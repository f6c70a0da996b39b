namespace CityCrm.Conversations.Events;

/// <summary>
/// The resident is typing in a channel that says so (Web Chat's <c>typing</c> activity). Nothing is stored:
/// the signal is only worth something in the few seconds after it was sent.
/// </summary>
/// <param name="ConversationId">The conversation the resident is typing in.</param>
/// <param name="Name">The resident's name as the channel gave it, when known.</param>
/// <param name="OccurredAt">When the channel received the signal.</param>
public sealed record ResidentTyping(string ConversationId, string? Name, DateTimeOffset OccurredAt) : IDomainEvent;
