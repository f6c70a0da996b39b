namespace CityCrm.City311.Api.Dtos;

/// <summary>Rules to preview before saving or sending, and whether households are to be reached once.</summary>
public sealed record SegmentPreviewRequest(SegmentRulesDto? Rules, bool HouseholdOnce);
