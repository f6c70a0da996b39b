namespace CityCrm.Conversations.Supervision;

/// <summary>One step of a conversation's life, as the dashboard's reports count it.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Kind">What happened.</param>
/// <param name="At">When.</param>
/// <param name="AgentId">The agent who took it, for <see cref="TimelineKind.Assigned"/>.</param>
public sealed record TimelineEntry(string ConversationId, TimelineKind Kind, DateTimeOffset At, string? AgentId = null);
