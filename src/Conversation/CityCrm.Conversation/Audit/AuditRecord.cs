namespace CityCrm.Conversations.Audit;

/// <summary>One audited action: which skill or person did what, in which conversation, and with what outcome.</summary>
public sealed record AuditRecord(
    DateTimeOffset At,
    string Actor,
    string Action,
    string? ConversationId,
    string? Arguments,
    string? Outcome,
    double DurationMs);
