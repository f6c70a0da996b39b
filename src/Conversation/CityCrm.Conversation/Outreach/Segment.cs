namespace CityCrm.Conversations.Outreach;

/// <summary>A named, stored audience: its rules, and who made and last changed it.</summary>
/// <param name="Version">Counts saves; an edit based on an older version is refused.</param>
public sealed record Segment(
    string Id, string Name, SegmentRules Rules, int Version, string CreatedBy, DateTimeOffset CreatedAt, string UpdatedBy, DateTimeOffset UpdatedAt);
