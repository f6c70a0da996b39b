using System.Text.RegularExpressions;
using CityCrm.Conversations.Contacts.Profiles;

namespace CityCrm.Conversations.Outreach;

/// <summary>
/// A street's name as addresses are normalized ("Elm Street" and "elm st" are both "Elm St"), without the house number,
/// so a listed street matches every address on it.
/// </summary>
public static partial class StreetKey
{
    /// <summary>The normalized street of a street line: "100 N Main Street" gives "N Main St".</summary>
    public static string Of(string street)
    {
        ArgumentNullException.ThrowIfNull(street);
        var normalized = PostalAddressNormalizer.Normalize(street, null, "-", "ZZ", "00000").Street;
        return HouseNumber().Replace(normalized, "");
    }

    [GeneratedRegex(@"^\d+[a-z]?(-\d+[a-z]?)?\s+")]
    private static partial Regex HouseNumber();
}
