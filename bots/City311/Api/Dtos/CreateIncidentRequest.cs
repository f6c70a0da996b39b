namespace CityCrm.City311.Api.Dtos;

/// <summary>
/// A new incident, typed by hand or taken from a suggestion (its service code, area, streets and case references).
/// </summary>
public sealed record CreateIncidentRequest(
    string? Title,
    IReadOnlyList<string>? ServiceCodes,
    IncidentAreaDto? Area,
    IReadOnlyList<string>? Keywords,
    IncidentMessageDto? Pinned,
    IReadOnlyList<string>? Cases);
