namespace CityCrm.City311.Api.Dtos;

/// <summary>One line of an incident's history.</summary>
public sealed record IncidentHistoryDto(DateTimeOffset At, string Actor, string Action, string Note);
