using CityCrm.Conversations.Privacy;

namespace CityCrm.City311.Api.Dtos.Privacy;

/// <summary>A legal hold as staff see it.</summary>
public sealed record LegalHoldDto(
    string Id, string SubjectKind, string SubjectId, string Reason, string Reference, string PlacedBy, DateTimeOffset PlacedAt,
    string? ReleasedBy, DateTimeOffset? ReleasedAt, bool Active)
{
    public static LegalHoldDto From(LegalHold h) =>
        new(h.Id, h.SubjectKind, h.SubjectId, h.Reason, h.Reference, h.PlacedBy, h.PlacedAt, h.ReleasedBy, h.ReleasedAt, h.IsActive);
}
