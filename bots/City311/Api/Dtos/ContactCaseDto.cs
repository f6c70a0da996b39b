namespace CityCrm.City311.Api.Dtos;

/// <summary>A case the contact reported, as the contact panel lists it.</summary>
public sealed record ContactCaseDto(string Reference, string Service, string Status, string Location, DateTimeOffset CreatedAt);
