using CityCrm.Conversations.Outreach;

namespace CityCrm.City311.Api.Dtos;

/// <summary>
/// Who a segment reaches now: <c>count</c> people would get a broadcast (by channel), of <c>matched</c> contacts the
/// rules matched; the others share a number or a household with someone reached, or cannot be reached. A sample of
/// the first few, and what the supervisor should know (warnings).
/// </summary>
public sealed record SegmentPreviewDto(
    int Count, int Matched, int Unreachable, int SameAddress, int SameHousehold, IReadOnlyDictionary<string, int> ByChannel,
    IReadOnlyList<PreviewSampleDto> Sample, IReadOnlyList<string> Warnings, bool NeedsConfirmation)
{
    public const int SampleSize = 10;

    public static SegmentPreviewDto From(ResolvedAudience audience, int confirmAbove) => new(
        audience.Recipients.Count, audience.Matched, audience.Unreachable.Count, audience.SameAddress, audience.SameHousehold,
        audience.Recipients.GroupBy(r => r.Reach.ChannelId).ToDictionary(g => g.Key, g => g.Count()),
        [.. audience.Recipients.Take(SampleSize).Select(r => PreviewSampleDto.From(r.Member, r.Reach))],
        audience.Warnings,
        audience.Recipients.Count == 0 || audience.Recipients.Count > confirmAbove);
}
