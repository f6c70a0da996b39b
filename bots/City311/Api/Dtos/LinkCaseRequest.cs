namespace CityCrm.City311.Api.Dtos;

/// <summary>A case to link to an incident, by reference ("R-100042").</summary>
public sealed record LinkCaseRequest(string? Reference);
