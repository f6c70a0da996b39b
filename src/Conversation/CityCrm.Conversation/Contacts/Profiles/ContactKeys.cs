using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>
/// The keys a profile is looked up by to find duplicates: "phone:+15555550142" and "email:ana@example.org" (the
/// same on two contacts is a flag), "name:garcia|a" (family name and first initial) and "addr:100 main st|60601"
/// (street and ZIP) for fuzzy candidates.
/// </summary>
public static class ContactKeys
{
    public const string Phone = "phone:";
    public const string Email = "email:";
    public const string Name = "name:";
    public const string Address = "addr:";

    /// <summary>Every key of the profile, each once.</summary>
    public static IReadOnlyList<string> Of(ContactProfileData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var keys = new List<string>();
        keys.AddRange(data.Phones.Select(p => Phone + p.Number));
        keys.AddRange(data.Emails.Select(e => Email + e));
        if (NameKey(data) is { } name)
            keys.Add(name);
        if (data.Address is { } a)
            keys.Add($"{Address}{a.Street.ToLowerInvariant()}|{a.Zip[..5]}");
        return [.. keys.Distinct()];
    }

    /// <summary>The name key: family name and first initial, from the names or, lacking them, the display name.</summary>
    public static string? NameKey(ContactProfileData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (given, family) = (data.GivenName, data.FamilyName);
        if (family is null && data.DisplayName?.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } words)
            (given, family) = (words[0], words[^1]);
        return family is null || given is null ? null : $"{Name}{Fold(family)}|{char.ToLowerInvariant(Fold(given)[0])}";
    }

    // Accents and case do not make a different person: "García" and "garcia" compare equal.
    private static string Fold(string text) =>
        new([.. AccentFolding.Fold(text.ToLowerInvariant()).Where(char.IsLetterOrDigit)]);
}
