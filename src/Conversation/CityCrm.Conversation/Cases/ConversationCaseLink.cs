namespace CityCrm.Conversations.Cases;

/// <summary>A case an agent opened from a conversation or linked to it, shown beside the conversation.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="CaseReference">The case ("R-100042").</param>
/// <param name="LinkedBy">The agent's account id.</param>
/// <param name="LinkedAt">When it was linked.</param>
public sealed record ConversationCaseLink(string ConversationId, string CaseReference, string LinkedBy, DateTimeOffset LinkedAt);
