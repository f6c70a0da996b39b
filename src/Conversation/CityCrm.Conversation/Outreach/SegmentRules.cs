using CityCrm.Conversations.Contacts.Profiles;

namespace CityCrm.Conversations.Outreach;

/// <summary>
/// Who a segment holds. Each kind of rule given must hold (and), any value within a kind may match (or): for example
/// "on Elm St or Oak Ave, tagged flood-zone, with a senior in the household". <see cref="Area"/> and
/// <see cref="Streets"/> are one place rule: inside the drawn area or on a listed street.
/// </summary>
public sealed record SegmentRules
{
    /// <summary>A GeoJSON Polygon or MultiPolygon; only contacts with coordinates can fall in it.</summary>
    public string? Area { get; init; }

    /// <summary>Street names as in a postal address ("Elm Street", "N Main St"), without house numbers.</summary>
    public IReadOnlyList<string> Streets { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Language codes (en, es); a contact with no language is taken as English.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Household roles of which the household must have a member (senior, child, caregiver...).</summary>
    public IReadOnlyList<string> HouseholdRoles { get; init; } = [];

    /// <summary>Subscription topics (trash-route-4) of which the contact must hold one.</summary>
    public IReadOnlyList<string> Subscriptions { get; init; } = [];

    /// <summary>True when no rule is given (such a segment is refused: it would be everyone).</summary>
    public bool IsEmpty => Area is null && Streets.Count == 0 && Tags.Count == 0 && Languages.Count == 0
        && HouseholdRoles.Count == 0 && Subscriptions.Count == 0;

    /// <summary>
    /// The rules cleaned (trimmed, lower-cased where case means nothing, streets normalized as addresses are) and checked;
    /// throws <see cref="OutreachValidationException"/> naming the field.
    /// </summary>
    public SegmentRules Normalized()
    {
        var area = string.IsNullOrWhiteSpace(Area) ? null : Area.Trim();
        if (area is not null)
            GeoArea.Parse(area);
        var roles = Clean("rules.householdRoles", HouseholdRoles);
        if (roles.FirstOrDefault(r => !HouseholdMember.Roles.Contains(r)) is { } role)
            throw new OutreachValidationException("rules.householdRoles", $"Unknown role \"{role}\": use one of {string.Join(", ", HouseholdMember.Roles)}.");
        var rules = new SegmentRules
        {
            Area = area,
            Streets = [.. Clean("rules.streets", Streets, lower: false).Select(StreetKey.Of).Distinct(StringComparer.OrdinalIgnoreCase)],
            Tags = Clean("rules.tags", Tags),
            Languages = Clean("rules.languages", Languages),
            HouseholdRoles = roles,
            Subscriptions = Clean("rules.subscriptions", Subscriptions),
        };
        return rules.IsEmpty ? throw new OutreachValidationException("rules", "A segment needs at least one rule; it would otherwise be everyone.") : rules;
    }

    private static List<string> Clean(string field, IReadOnlyList<string>? values, bool lower = true)
    {
        var list = (values ?? []).Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).Select(v => lower ? v.ToLowerInvariant() : v).Distinct().ToList();
        if (list.Count > 500)
            throw new OutreachValidationException(field, "At most 500 entries.");
        return list.FirstOrDefault(v => v.Length > 100) is { } tooLong
            ? throw new OutreachValidationException(field, $"\"{tooLong[..20]}...\" is longer than 100 characters.")
            : list;
    }
}
