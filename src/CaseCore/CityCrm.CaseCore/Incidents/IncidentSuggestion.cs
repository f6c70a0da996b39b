namespace CityCrm.CaseCore.Incidents;

/// <summary>
/// A cluster of open reports of one service close in place and time: a ready draft for an incident. <see cref="Key"/>
/// is stable for the same reports, so a console can tell suggestions apart between refreshes.
/// </summary>
public sealed record IncidentSuggestion(
    string Key,
    string ServiceCode,
    string ServiceName,
    string Title,
    GeoPoint? Centre,
    double RadiusMeters,
    IReadOnlyList<string> Streets,
    IReadOnlyList<string> Cases,
    DateTimeOffset FirstReportedAt,
    DateTimeOffset LastReportedAt);
