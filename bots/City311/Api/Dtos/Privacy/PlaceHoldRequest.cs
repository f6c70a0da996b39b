namespace CityCrm.City311.Api.Dtos.Privacy;

/// <summary>A legal hold to place: on a "contact" (by id) or a "case" (by reference), with why and the matter's reference.</summary>
public sealed record PlaceHoldRequest(string? SubjectKind, string? SubjectId, string? Reason, string? Reference);
