namespace CityCrm.City311.Api.Dtos;

/// <summary>Merge the contact <see cref="SourceId"/> into the contact of the URL.</summary>
public sealed record MergeRequest(string? SourceId);
