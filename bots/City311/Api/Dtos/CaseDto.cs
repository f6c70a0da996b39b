using System.Text.Json;
using CityCrm.CaseCore;

namespace CityCrm.City311.Api.Dtos;

/// <summary>A service request as an agent looks it up by reference.</summary>
public sealed record CaseDto(
    string Reference,
    string ServiceCode,
    string ServiceName,
    string Department,
    string Description,
    string Location,
    string Status,
    string Channel,
    string? ConversationId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<CaseHistoryDto> History)
{
    /// <summary>The version to send back with a change (If-Match or "version"); a stale one is refused with 409.</summary>
    public int Version { get; init; }
    public string Priority { get; init; } = "normal";
    public string Queue { get; init; } = "";
    public string? Assignee { get; init; }
    public string? HoldReason { get; init; }
    public string? ResolutionCode { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public DateTimeOffset? EscalatedAt { get; init; }
    /// <summary>Staff-only notes; never sent to residents.</summary>
    public IReadOnlyList<CaseNote> Notes { get; init; } = [];
    public IReadOnlyList<CaseTask> Tasks { get; init; } = [];
    public IReadOnlyList<CaseLink> Links { get; init; } = [];
    /// <summary>Status changes that need approval, and by which role.</summary>
    public IReadOnlyList<CaseApprovalGate> Gates { get; init; } = [];

    public static CaseDto From(Case item) => new(
        item.Reference,
        item.ServiceCode,
        item.ServiceName,
        item.Department,
        item.Description,
        item.Location,
        StatusName(item.Status),
        item.Channel,
        item.ConversationId,
        item.CreatedAt,
        item.UpdatedAt,
        item.History.Select(h => new CaseHistoryDto(h.At, h.Actor, StatusName(h.Status), h.Note) { Action = h.Action }).ToList())
    {
        Version = item.Version,
        Priority = item.Priority.ToString().ToLowerInvariant(),
        Queue = item.Queue,
        Assignee = item.Assignee,
        HoldReason = item.HoldReason,
        ResolutionCode = item.ResolutionCode,
        DueAt = item.DueAt,
        EscalatedAt = item.EscalatedAt,
        Notes = item.Notes,
        Tasks = item.Tasks,
        Links = item.Links,
        Gates = item.Gates,
    };

    private static string StatusName(CaseStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}
