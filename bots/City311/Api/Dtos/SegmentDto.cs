using CityCrm.Conversations.Outreach;

namespace CityCrm.City311.Api.Dtos;

/// <summary>A stored segment.</summary>
public sealed record SegmentDto(string Id, string Name, SegmentRulesDto Rules, int Version, string CreatedBy, DateTimeOffset CreatedAt, string UpdatedBy, DateTimeOffset UpdatedAt)
{
    public static SegmentDto From(Segment s) => new(s.Id, s.Name, SegmentRulesDto.From(s.Rules), s.Version, s.CreatedBy, s.CreatedAt, s.UpdatedBy, s.UpdatedAt);
}
