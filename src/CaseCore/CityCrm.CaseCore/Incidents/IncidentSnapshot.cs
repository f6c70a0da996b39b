namespace CityCrm.CaseCore.Incidents;

/// <summary>The persisted fields of an <see cref="Incident"/>, for stores.</summary>
public sealed record IncidentSnapshot(
    string Id,
    string Title,
    IReadOnlyList<string> ServiceCodes,
    IncidentArea Area,
    IReadOnlyList<string> Keywords,
    IncidentMessage Pinned,
    IncidentMessage? Closing,
    IncidentStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ClosedAt,
    int Version,
    IReadOnlyList<string> Cases,
    IReadOnlyList<IncidentHistoryEntry> History);
