namespace CityCrm.Conversations.Outreach;

/// <summary>The rules of a segment made ready to test many contacts quickly (streets and values in hash sets).</summary>
public sealed class SegmentMatcher
{
    private readonly GeoArea? area;
    private readonly HashSet<string> streets;
    private readonly HashSet<string> tags;
    private readonly HashSet<string> languages;
    private readonly HashSet<string> roles;
    private readonly HashSet<string> subscriptions;

    /// <param name="rules">Rules as <see cref="SegmentRules.Normalized"/> leaves them.</param>
    public SegmentMatcher(SegmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        area = rules.Area is null ? null : GeoArea.Parse(rules.Area);
        streets = new(rules.Streets, StringComparer.OrdinalIgnoreCase);
        tags = new(rules.Tags, StringComparer.OrdinalIgnoreCase);
        languages = new(rules.Languages, StringComparer.OrdinalIgnoreCase);
        roles = new(rules.HouseholdRoles, StringComparer.OrdinalIgnoreCase);
        subscriptions = new(rules.Subscriptions, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True when the segment's place rule is an area alone: contacts without coordinates cannot match it.</summary>
    public bool NeedsCoordinates => area is not null && streets.Count == 0;

    /// <summary>True when the member meets every kind of rule the segment has.</summary>
    public bool Matches(AudienceMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var p = member.Profile;
        if (p.MergedInto is not null)
            return false;
        if ((area is not null || streets.Count > 0) && !InPlace(member))
            return false;
        if (tags.Count > 0 && !p.Tags.Any(tags.Contains))
            return false;
        if (languages.Count > 0 && !languages.Contains(Language(p.Language)))
            return false;
        if (roles.Count > 0 && !p.Household.Any(m => roles.Contains(m.Role)))
            return false;
        return subscriptions.Count == 0 || member.Subscriptions.Any(subscriptions.Contains);
    }

    /// <summary>The language's primary code ("es" for "es-MX"); English when none is recorded.</summary>
    public static string Language(string? language) =>
        string.IsNullOrWhiteSpace(language) ? "en" : language.Split('-')[0].ToLowerInvariant();

    private bool InPlace(AudienceMember member)
    {
        if (area is not null && member.Location is { } at && area.Contains(at))
            return true;
        return streets.Count > 0 && member.Profile.Address is { } address && streets.Contains(StreetKey.Of(address.Street));
    }
}
