namespace CityCrm.City311.Api.Dtos;

/// <summary>
/// A broadcast to send: to a segment, on a topic (road-closure, trash-route-4), texts by language (<c>en</c> required),
/// households once or every person, and <c>confirm</c> for an empty or very large segment.
/// </summary>
public sealed record BroadcastRequestDto(string? SegmentId, string? Topic, Dictionary<string, string>? Texts, bool HouseholdOnce, bool Confirm);
