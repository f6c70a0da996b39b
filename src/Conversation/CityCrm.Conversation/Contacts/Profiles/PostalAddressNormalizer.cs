using System.Globalization;
using System.Text.RegularExpressions;

namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>
/// Puts a typed address into one form, so the same home typed twice compares equal (duplicates) and reads the same
/// everywhere: spaces trimmed and collapsed, street suffixes and directions in their USPS short forms ("Avenue" is
/// "Ave", "North" is "N"), units as "Apt 4", "Unit 4" or "Ste 4" (a bare "#4" is a unit), city in title case, the
/// state as its two capitals, the ZIP code as five digits or ZIP+4.
/// </summary>
public static partial class PostalAddressNormalizer
{
    private static readonly Dictionary<string, string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["street"] = "St", ["st"] = "St", ["avenue"] = "Ave", ["ave"] = "Ave", ["av"] = "Ave", ["road"] = "Rd", ["rd"] = "Rd",
        ["boulevard"] = "Blvd", ["blvd"] = "Blvd", ["drive"] = "Dr", ["dr"] = "Dr", ["lane"] = "Ln", ["ln"] = "Ln",
        ["court"] = "Ct", ["ct"] = "Ct", ["place"] = "Pl", ["pl"] = "Pl", ["terrace"] = "Ter", ["ter"] = "Ter",
        ["parkway"] = "Pkwy", ["pkwy"] = "Pkwy", ["highway"] = "Hwy", ["hwy"] = "Hwy", ["circle"] = "Cir", ["cir"] = "Cir",
        ["square"] = "Sq", ["way"] = "Way",
    };

    private static readonly Dictionary<string, string> Directions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["north"] = "N", ["n"] = "N", ["south"] = "S", ["s"] = "S", ["east"] = "E", ["e"] = "E", ["west"] = "W", ["w"] = "W",
        ["northeast"] = "NE", ["ne"] = "NE", ["northwest"] = "NW", ["nw"] = "NW", ["southeast"] = "SE", ["se"] = "SE",
        ["southwest"] = "SW", ["sw"] = "SW",
    };

    private static readonly Dictionary<string, string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["apartment"] = "Apt", ["apt"] = "Apt", ["unit"] = "Unit", ["#"] = "Unit", ["suite"] = "Ste", ["ste"] = "Ste",
        ["floor"] = "Fl", ["fl"] = "Fl", ["room"] = "Rm", ["rm"] = "Rm",
    };

    /// <summary>The normalized address; throws <see cref="ContactValidationException"/> naming the part that is missing or wrong.</summary>
    public static PostalAddress Normalize(string? street, string? unit, string? city, string? state, string? zip)
    {
        var streetText = Collapse(street);
        var unitText = Collapse(unit);
        // "100 Main Street Apt 4" typed on one line: the unit is split off the street.
        if (unitText.Length == 0 && InlineUnit().Match(streetText) is { Success: true } inline)
        {
            unitText = inline.Groups["unit"].Value;
            streetText = streetText[..inline.Index].TrimEnd(' ', ',');
        }
        if (streetText.Length == 0)
            throw new ContactValidationException("address.street", "The street is missing.");
        var cityText = Collapse(city);
        if (cityText.Length == 0)
            throw new ContactValidationException("address.city", "The city is missing.");
        var stateText = Collapse(state).ToUpperInvariant();
        if (!StateCode().IsMatch(stateText))
            throw new ContactValidationException("address.state", "The state must be its two-letter code, such as IL.");
        var zipText = Collapse(zip).Replace(" ", "", StringComparison.Ordinal);
        if (!ZipCode().IsMatch(zipText))
            throw new ContactValidationException("address.zip", "The ZIP code must be five digits, or ZIP+4 such as 60601-1234.");
        return new PostalAddress(Street(streetText), Unit(unitText), CultureInfo.InvariantCulture.TextInfo.ToTitleCase(cityText.ToLowerInvariant()),
            stateText, zipText);
    }

    private static string Street(string text)
    {
        var words = text.Split(' ').Select(w => w.TrimEnd('.', ',')).Where(w => w.Length > 0).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var last = i == words.Count - 1 || (i == words.Count - 2 && Directions.ContainsKey(words[^1]));
            if (i > 0 && last && Suffixes.TryGetValue(words[i], out var suffix))
                words[i] = suffix;
            // "North" before the closing suffix is the street's name ("9 North St"), not a direction.
            else if (Directions.TryGetValue(words[i], out var direction) && (i <= 1 || i == words.Count - 1)
                && !(i == words.Count - 2 && Suffixes.ContainsKey(words[^1])))
                words[i] = direction;
            else if (!words[i].Any(char.IsDigit))
                words[i] = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(words[i].ToLowerInvariant());
            else
                words[i] = words[i].ToLowerInvariant();
        }
        return string.Join(' ', words);
    }

    private static string? Unit(string text)
    {
        if (text.Length == 0)
            return null;
        var match = UnitForm().Match(text);
        if (!match.Success)
            return "Unit " + text.TrimStart('#').Trim().ToUpperInvariant();
        var kind = match.Groups["kind"].Value.TrimEnd('.');
        return $"{(Units.TryGetValue(kind, out var form) ? form : "Unit")} {match.Groups["id"].Value.ToUpperInvariant()}";
    }

    private static string Collapse(string? text) => Spaces().Replace(text?.Trim() ?? "", " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[A-Z]{2}\z")]
    private static partial Regex StateCode();

    [GeneratedRegex(@"^[0-9]{5}(-[0-9]{4})?\z")]
    private static partial Regex ZipCode();

    [GeneratedRegex(@"^(?<kind>apartment|apt\.?|unit|suite|ste\.?|floor|fl\.?|room|rm\.?|#)\s*(?<id>[A-Za-z0-9-]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex UnitForm();

    [GeneratedRegex(@",?\s+(?<unit>(?:apartment|apt\.?|unit|suite|ste\.?|#)\s*[A-Za-z0-9-]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex InlineUnit();
}
