using CityCrm.CaseCore.Incidents;

namespace CityCrm.City311.Api.Dtos;

/// <summary>A cluster of open reports that may be one event, shaped so its fields can be posted back to create the incident.</summary>
public sealed record IncidentSuggestionDto(
    string Key,
    string Title,
    string ServiceCode,
    string ServiceName,
    IncidentAreaDto Area,
    IReadOnlyList<string> Cases,
    DateTimeOffset FirstReportedAt,
    DateTimeOffset LastReportedAt)
{
    public static IncidentSuggestionDto From(IncidentSuggestion s) => new(
        s.Key, s.Title, s.ServiceCode, s.ServiceName,
        new IncidentAreaDto(s.Centre?.Latitude, s.Centre?.Longitude, s.Centre is null ? null : s.RadiusMeters, s.Streets),
        s.Cases, s.FirstReportedAt, s.LastReportedAt);
}
