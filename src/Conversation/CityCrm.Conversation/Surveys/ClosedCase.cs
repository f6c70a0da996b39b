namespace CityCrm.Conversations.Surveys;

/// <summary>A closed case a satisfaction survey may follow: its reporter and the conversation it was reported in.</summary>
public sealed record ClosedCase(string Reference, string ContactId, string ConversationId, DateTimeOffset ClosedAt);
