using System.Text.Json;
using CityCrm.CaseCore;

namespace CityCrm.Storage.Sqlite;

/// <summary>A row of the cases table as read, with the column aliases of <see cref="SqliteCaseStore"/>.</summary>
internal sealed class SqliteCaseRow
{
    public string Id { get; set; } = "";
    public string Reference { get; set; } = "";
    public string ServiceCode { get; set; } = "";
    public string ServiceName { get; set; } = "";
    public string Department { get; set; } = "";
    public string Description { get; set; } = "";
    public string Location { get; set; } = "";
    public string ContactId { get; set; } = "";
    public string? ConversationId { get; set; }
    public string Channel { get; set; } = "";
    public long Status { get; set; }
    public string CreatedAt { get; set; } = "";
    public string UpdatedAt { get; set; } = "";
    public long Version { get; set; }
    public string History { get; set; } = "[]";
    public string Attributes { get; set; } = "{}";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string Media { get; set; } = "[]";
    public string? DueAt { get; set; }
    public long Priority { get; set; } = 1;
    public string? Queue { get; set; }
    public string? Assignee { get; set; }
    public string? HoldReason { get; set; }
    public string? ResolutionCode { get; set; }
    public string? EscalatedAt { get; set; }
    public string Work { get; set; } = "{}";

    public Case ToCase() => Case.Restore(WithWork(new CaseSnapshot(
        Id, Reference, ServiceCode, ServiceName, Department, Description, Location, ContactId, ConversationId, Channel,
        (CaseStatus)Status, ContactRow.Parse(CreatedAt), ContactRow.Parse(UpdatedAt), (int)Version,
        JsonSerializer.Deserialize<List<CaseHistoryEntry>>(History, SqliteCaseStore.HistoryJson) ?? [])
    {
        Attributes = JsonSerializer.Deserialize<Dictionary<string, string[]>>(Attributes, SqliteCaseStore.HistoryJson)?
            .ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.OrdinalIgnoreCase)
            ?? new Dictionary<string, IReadOnlyList<string>>(),
        Point = Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : null,
        Media = JsonSerializer.Deserialize<string[]>(Media, SqliteCaseStore.HistoryJson) ?? [],
        DueAt = DueAt is null ? null : ContactRow.Parse(DueAt),
        Priority = (CasePriority)Priority,
        Queue = Queue,
        Assignee = Assignee,
        HoldReason = HoldReason,
        ResolutionCode = ResolutionCode,
        EscalatedAt = EscalatedAt is null ? null : ContactRow.Parse(EscalatedAt),
    }, JsonSerializer.Deserialize<SqliteCaseWork>(Work, SqliteCaseStore.HistoryJson)));

    // A missing part of the work column (a case stored before it existed) reads as empty.
    private static CaseSnapshot WithWork(CaseSnapshot snapshot, SqliteCaseWork? work) => snapshot with
    {
        Notes = work?.Notes ?? [],
        Tasks = work?.Tasks ?? [],
        Links = work?.Links ?? [],
        Gates = work?.Gates ?? [],
    };
}
