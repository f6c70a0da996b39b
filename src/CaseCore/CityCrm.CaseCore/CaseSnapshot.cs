namespace CityCrm.CaseCore;

/// <summary>
/// The persisted fields of a <see cref="Case"/>, for stores. Collections compare by reference, so compare
/// snapshots field by field when testing a round trip.
/// </summary>
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
    IReadOnlyList<CaseHistoryEntry> History)
{
    // Fields added after the first release are init properties, so stores and tests that predate them keep compiling.
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public GeoPoint? Point { get; init; }
    public IReadOnlyList<string> Media { get; init; } = [];
    public DateTimeOffset? DueAt { get; init; }
    public CasePriority Priority { get; init; } = CasePriority.Normal;
    /// <summary>Null for cases stored before queues existed: the department's queue.</summary>
    public string? Queue { get; init; }
    public string? Assignee { get; init; }
    public string? HoldReason { get; init; }
    public string? ResolutionCode { get; init; }
    public DateTimeOffset? EscalatedAt { get; init; }
    public IReadOnlyList<CaseNote> Notes { get; init; } = [];
    public IReadOnlyList<CaseTask> Tasks { get; init; } = [];
    public IReadOnlyList<CaseLink> Links { get; init; } = [];
    public IReadOnlyList<CaseApprovalGate> Gates { get; init; } = [];
}
