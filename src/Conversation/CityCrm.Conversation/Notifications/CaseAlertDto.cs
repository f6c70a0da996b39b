namespace CityCrm.Conversations.Notifications;

/// <summary>
/// A case alert as the agent console receives it (hub method "CaseAlert"): an approval to decide, a decision on one
/// the agent asked for, an escalation, or a rule's message to a group. <see cref="To"/> is a role or group for the
/// console to filter on, or the agent it was sent to.
/// </summary>
public sealed record CaseAlertDto(string Kind, string Reference, string To, string Message, string Source, DateTimeOffset At);
