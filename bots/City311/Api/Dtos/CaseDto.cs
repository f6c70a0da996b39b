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
        item.History.Select(h => new CaseHistoryDto(h.At, h.Actor, StatusName(h.Status), h.Note)).ToList());

    private static string StatusName(CaseStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}
