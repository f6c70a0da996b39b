namespace CityCrm.City311.Api.Dtos;

/// <summary>One line of a case's history.</summary>
public sealed record CaseHistoryDto(DateTimeOffset At, string Actor, string Status, string Note);
