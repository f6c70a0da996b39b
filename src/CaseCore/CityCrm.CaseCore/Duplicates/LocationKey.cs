using System.Text.RegularExpressions;

namespace CityCrm.CaseCore.Duplicates;

/// <summary>
/// A street location reduced to what identifies the place, so "12 Elm St." and "12 elm street" compare equal,
/// as do "Oak Ave &amp; 3rd St" and "3rd Street and Oak Avenue". Positions in brackets and punctuation are ignored.
/// </summary>
public static partial class LocationKey
{
    // Street types and their abbreviations compare as one word.
    private static readonly Dictionary<string, string> Canonical = new(StringComparer.Ordinal)
    {
        ["street"] = "st", ["avenue"] = "ave", ["av"] = "ave", ["road"] = "rd", ["boulevard"] = "blvd", ["lane"] = "ln",
        ["drive"] = "dr", ["court"] = "ct", ["place"] = "pl", ["parkway"] = "pkwy", ["terrace"] = "ter", ["highway"] = "hwy",
        ["route"] = "rte", ["north"] = "n", ["south"] = "s", ["east"] = "e", ["west"] = "w",
    };

    /// <summary>The comparison key, or null for a location too vague to compare (empty, or no street name).</summary>
    public static string? For(string? location)
    {
        if (string.IsNullOrWhiteSpace(location))
            return null;
        var text = Coordinates().Replace(location.ToLowerInvariant(), " ");
        var parts = Connector().Split(text)
            .Select(Street)
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return parts.Count == 0 ? null : string.Join(" & ", parts);
    }

    private static string Street(string part)
    {
        var words = Word().Matches(part).Select(m => m.Value)
            .Select(w => Canonical.TryGetValue(w, out var type) ? type : w)
            .Where(w => w is not ("the" or "at" or "on" or "near" or "of" or "corner" or "intersection"))
            .ToList();
        // A house number alone ("12") or a lone type word names no street.
        return words.Any(w => !w.All(char.IsDigit)) ? string.Join(' ', words) : "";
    }

    [GeneratedRegex(@"\(?\s*-?\d{1,3}\.\d+\s*,\s*-?\d{1,3}\.\d+\s*\)?")]
    private static partial Regex Coordinates();

    [GeneratedRegex(@"\s+(?:&|and|y)\s+|\s*&\s*|\s*/\s*")]
    private static partial Regex Connector();

    [GeneratedRegex(@"[\p{L}0-9]+")]
    private static partial Regex Word();
}
