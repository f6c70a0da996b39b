namespace CityCrm.CaseCore;

/// <summary>The persisted fields of a <see cref="Case"/>, for stores.</summary>
public sealed record CaseSnapshot(
    string Id,
    string Reference,
    string ServiceCode,
    string ServiceName,
    string Department,
    string Description,
    string Location,
    string ContactId,
    string? ConversationId,
    string Channel,
    CaseStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    IReadOnlyList<CaseHistoryEntry> History);
