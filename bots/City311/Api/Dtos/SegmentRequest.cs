namespace CityCrm.City311.Api.Dtos;

/// <summary>A segment to create, or (with the <c>version</c> it was read at) to save over.</summary>
public sealed record SegmentRequest(string? Name, SegmentRulesDto? Rules, int? Version);
