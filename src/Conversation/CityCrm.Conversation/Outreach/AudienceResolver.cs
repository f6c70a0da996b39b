using CityCrm.Conversations.Contacts.Profiles;

namespace CityCrm.Conversations.Outreach;

/// <summary>
/// Resolves segment rules to the people a broadcast goes to: matched contacts, each once, deduplicated across
/// contacts that share a number or address (duplicates not yet merged) and, when asked, across a household (the same
/// postal address, or listed as a member of a household already reached).
/// </summary>
public sealed class AudienceResolver(ISegmentStore segments, ReachChooser reach)
{
    public async Task<ResolvedAudience> ResolveAsync(SegmentRules rules, bool householdOnce, CancellationToken cancellationToken)
    {
        var matcher = new SegmentMatcher(rules);
        var audience = await segments.ReadAudienceAsync(cancellationToken);
        var matched = audience.Where(matcher.Matches).OrderBy(m => m.ContactId, StringComparer.Ordinal).ToList();
        var addresses = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var households = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var recipients = new List<(AudienceMember, Reach)>();
        var unreachable = new List<AudienceMember>();
        var (sameAddress, sameHousehold) = (0, 0);
        foreach (var member in matched)
        {
            if (householdOnce && (covered.Contains(member.ContactId) || (HouseholdKey(member.Profile.Address) is { } key && !households.Add(key))))
            {
                sameHousehold++;
                continue;
            }
            if (reach.Choose(member) is not { } where)
            {
                unreachable.Add(member);
                continue;
            }
            if (!addresses.Add(where.ChannelId + "|" + where.Address))
            {
                sameAddress++;
                continue;
            }
            recipients.Add((member, where));
            if (householdOnce)
                covered.UnionWith(member.Profile.Household.Select(h => h.ContactId).OfType<string>());
        }
        var warnings = new List<string>();
        if (rules.Area is not null && !audience.Any(m => m.Location is not null))
        {
            warnings.Add(matcher.NeedsCoordinates
                ? "Contacts have no map coordinates, so the drawn area matches no one: list the area's streets as well."
                : "Contacts have no map coordinates: the area was matched by its listed streets only.");
        }
        return new ResolvedAudience(matched.Count, recipients, unreachable, sameAddress, sameHousehold, warnings);
    }

    // Normalized addresses compare as text; ZIP+4 and plain ZIP of one home are the same household.
    private static string? HouseholdKey(PostalAddress? address) =>
        address is null ? null : $"{address.Street}|{address.Unit}|{address.Zip[..Math.Min(5, address.Zip.Length)]}";
}
