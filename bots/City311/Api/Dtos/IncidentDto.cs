using System.Text.Json;
using CityCrm.CaseCore.Incidents;

namespace CityCrm.City311.Api.Dtos;

/// <summary>An incident as supervisors see it.</summary>
public sealed record IncidentDto(
    string Id,
    string Title,
    string Status,
    IReadOnlyList<string> ServiceCodes,
    IncidentAreaDto Area,
    IReadOnlyList<string> Keywords,
    IncidentMessageDto Pinned,
    IncidentMessageDto? Closing,
    IReadOnlyList<string> Cases,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<IncidentHistoryDto> History)
{
    public static IncidentDto From(Incident i) => new(
        i.Id, i.Title, JsonNamingPolicy.CamelCase.ConvertName(i.Status.ToString()), i.ServiceCodes, IncidentAreaDto.From(i.Area), i.Keywords,
        IncidentMessageDto.From(i.Pinned)!, IncidentMessageDto.From(i.Closing), i.Cases, i.CreatedAt, i.UpdatedAt, i.ClosedAt,
        i.History.Select(h => new IncidentHistoryDto(h.At, h.Actor, h.Action, h.Note)).ToList());
}
