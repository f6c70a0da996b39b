using CityCrm.CaseCore;
using CityCrm.CaseCore.Workflow;

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

    /// <summary>
    /// Alerts fired timers raised, kept with the case change that raised them (one atomic replace) until delivered.
    /// </summary>
    public IReadOnlyList<PendingTimerAlerts> PendingAlerts { get; init; } = [];

    /// <summary>When the oldest undelivered alerts were raised (null: none), so the delivery scan can find them.</summary>
    public long? UndeliveredTicks => PendingAlerts.Count == 0 ? null : PendingAlerts.Min(p => p.FiredTicks);

    /// <summary>
    /// The changes a save may make, taken from <paramref name="changed"/> onto this stored case, with the version bumped;
    /// identity and filing facts never change after filing, and the pending alerts stay.
    /// </summary>
    public CaseDocument Saved(CaseSnapshot changed) => From(Snapshot with
    {
        Status = changed.Status, UpdatedAt = changed.UpdatedAt, History = changed.History, DueAt = changed.DueAt,
        Priority = changed.Priority, Queue = changed.Queue, Assignee = changed.Assignee, HoldReason = changed.HoldReason,
        ResolutionCode = changed.ResolutionCode, EscalatedAt = changed.EscalatedAt, Notes = changed.Notes,
        Tasks = changed.Tasks, Links = changed.Links, Gates = changed.Gates, Version = changed.Version + 1,
    }) with { PendingAlerts = PendingAlerts };

    public static CaseDocument From(CaseSnapshot s) => new(
        s.Reference, s.Reference, Kind, s.Id, s.Reference, s.ContactId, s.ServiceCode, (int)s.Status, s.Queue ?? s.Department,
        s.Assignee, s.CreatedAt.UtcTicks, s.DueAt?.UtcTicks, s.Point?.Latitude, s.Point?.Longitude, s);

    public Case ToCase() => Case.Restore(Snapshot with
    {
        // Attribute names are matched without regard to case, as the catalogue defines them.
        Attributes = Snapshot.Attributes.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.OrdinalIgnoreCase),
    });
}
