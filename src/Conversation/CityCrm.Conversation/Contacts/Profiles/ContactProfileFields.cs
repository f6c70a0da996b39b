using System.Globalization;

namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>
/// The audited fields of a profile and how each reads as text, so the audit trail shows one old and one new value
/// per field ("+15555550142 (mobile); +15555550143").
/// </summary>
public static class ContactProfileFields
{
    /// <summary>Every field, by the name the API and the audit trail use.</summary>
    public static readonly IReadOnlyList<(string Field, Func<ContactProfileData, string?> Read)> All =
    [
        ("givenName", d => d.GivenName),
        ("familyName", d => d.FamilyName),
        ("displayName", d => d.DisplayName),
        ("phones", d => Join(d.Phones.Select(p => p.Label is null ? p.Number : $"{p.Number} ({p.Label})"))),
        ("emails", d => Join(d.Emails)),
        ("address", d => d.Address?.ToString()),
        ("household", d => Join(d.Household.Select(m => $"{m.Name} ({m.Role})"))),
        ("language", d => d.Language),
        ("preferredChannel", d => d.PreferredChannel),
        ("accessibility", d => Join(d.Accessibility)),
        ("organization", d => d.Organization is { } o ? Join([o.Name, o.Kind, o.Role ?? ""]) : null),
        ("tags", d => Join(d.Tags)),
        ("notes", d => Join(d.Notes.Select(n => n.Text))),
        ("nextActions", d => Join(d.NextActions.Select(a =>
            $"{a.Text} (due {a.DueAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}, {a.Owner}{(a.DoneAt is null ? "" : ", done")})"))),
        ("mergedInto", d => d.MergedInto),
    ];

    private static string? Join(IEnumerable<string> values)
    {
        var text = string.Join("; ", values.Where(v => v.Length > 0));
        return text.Length == 0 ? null : text;
    }
}
