namespace CityCrm.City311.Api.Dtos;

/// <summary>A wrap-up code agents pick when resolving.</summary>
public sealed record DispositionDto(string Code, string Label);
