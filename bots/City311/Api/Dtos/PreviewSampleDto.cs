using CityCrm.Conversations.Outreach;

namespace CityCrm.City311.Api.Dtos;

/// <summary>One person of a preview's sample: who, which street, and the channel and language they would get it on.</summary>
public sealed record PreviewSampleDto(string ContactId, string? Name, string? Street, string Channel, string Language)
{
    public static PreviewSampleDto From(AudienceMember member, Reach reach)
    {
        var p = member.Profile;
        var name = p.DisplayName ?? string.Join(' ', new[] { p.GivenName, p.FamilyName }.Where(n => !string.IsNullOrWhiteSpace(n)));
        return new(member.ContactId, string.IsNullOrWhiteSpace(name) ? null : name, p.Address?.Street, reach.ChannelId, SegmentMatcher.Language(p.Language));
    }
}
