using CityCrm.Conversations.Outreach;

namespace CityCrm.City311.Api.Dtos;

/// <summary>A broadcast with its report (planned, waiting, held for quiet hours, sent, delivered, failed, opted out...).</summary>
public sealed record BroadcastDto(
    string Id, string SegmentId, string SegmentName, string Topic, IReadOnlyDictionary<string, string> Texts, bool HouseholdOnce, string Status,
    string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, BroadcastReport Report)
{
    public static BroadcastDto From(Broadcast b, BroadcastReport report) =>
        new(b.Id, b.SegmentId, b.SegmentName, b.Topic, b.Texts, b.HouseholdOnce, b.Status, b.CreatedBy, b.CreatedAt, b.FinishedAt, report);
}
