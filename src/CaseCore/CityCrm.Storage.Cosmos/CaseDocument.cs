using CityCrm.CaseCore;

namespace CityCrm.Storage.Cosmos;

/// <summary>
/// A case as stored in container <c>cases</c>: id and partition key are the reference (the lookup key of every
/// channel and of Open311), the filterable fields sit at the top for queries, and the whole snapshot is kept as is.
/// </summary>
internal sealed record CaseDocument(
    string Id,
    string Pk,
    string Type,
    string CaseId,
    string Reference,
    string ContactId,
    string ServiceCode,
    int Status,
    string Queue,
    string? Assignee,
    long CreatedTicks,
    long? DueTicks,
    double? Latitude,
    double? Longitude,
    CaseSnapshot Snapshot)
{
    public const string Kind = "case";

    public static CaseDocument From(CaseSnapshot s) => new(
        s.Reference, s.Reference, Kind, s.Id, s.Reference, s.ContactId, s.ServiceCode, (int)s.Status, s.Queue ?? s.Department,
        s.Assignee, s.CreatedAt.UtcTicks, s.DueAt?.UtcTicks, s.Point?.Latitude, s.Point?.Longitude, s);

    public Case ToCase() => Case.Restore(Snapshot with
    {
        // Attribute names are matched without regard to case, as the catalogue defines them.
        Attributes = Snapshot.Attributes.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.OrdinalIgnoreCase),
    });
}
