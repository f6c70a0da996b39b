using CityCrm.CaseCore;

namespace CityCrm.City311.Api.Dtos;

/// <summary>A case in a work list: enough to pick it, with whether it is past its due time.</summary>
public sealed record CaseListItemDto(
    string Reference, string ServiceName, string Location, string Status, string Priority, string Queue, string? Assignee,
    DateTimeOffset CreatedAt, DateTimeOffset? DueAt, bool Breaching, int Version)
{
    public static CaseListItemDto From(Case c, DateTimeOffset now) => new(
        c.Reference, c.ServiceName, c.Location, CaseWorkNames.Status(c.Status), c.Priority.ToString().ToLowerInvariant(), c.Queue,
        c.Assignee, c.CreatedAt, c.DueAt, !c.IsClosed && c.DueAt < now, c.Version);
}
