using System.Text.RegularExpressions;

namespace CityCrm.CaseCore.Streets;

/// <summary>
/// A typed place split into its parts: a house number and a street ("123 elm st apt 4"), or two streets
/// ("elm st and 5th", "corner of oak and elm", "esquina de Elm y 5th"). Words around them that only say "at the corner
/// of" are dropped; a unit ("apt 4", "#4", "suite 2") is kept apart.
/// </summary>
internal sealed partial record TypedAddress(string? Number, int HouseNumber, IReadOnlyList<string> First, IReadOnlyList<string>? Second, string? Unit)
{
    private static readonly HashSet<string> Lead =
        ["the", "corner", "of", "intersection", "at", "on", "near", "by", "in", "esquina", "de", "la", "el", "en", "cruce", "calle", "entre", "del"];

    private static readonly HashSet<string> Connectors = ["and", "&", "/", "y", "at", "con"];

    private static readonly HashSet<string> UnitWords = ["apt", "apartment", "unit", "suite", "ste", "#", "apto", "apartamento", "depto", "piso", "floor", "fl"];

    /// <summary>Written the way addresses are: with a house number, two streets, or a street type word.</summary>
    public bool LooksLikeAddress => Number is not null || Second is not null || First.Any(StreetText.IsType);

    public static TypedAddress? Parse(string text)
    {
        var words = StreetText.Words(text);
        var comma = words.IndexOf(",");
        if (comma > 0)
            words = words[..comma];
        string? unit = null;
        var unitAt = words.FindIndex(UnitWords.Contains);
        if (unitAt > 0)
        {
            var rest = words[(unitAt + 1)..].Where(w => w != "#").ToList();
            unit = rest.Count == 0 ? null : $"{UnitName(words[unitAt])} {string.Join(' ', rest).ToUpperInvariant()}";
            words = words[..unitAt];
        }
        words = words.Where(w => w != ",").ToList();
        var start = 0;
        while (start < words.Count && Lead.Contains(words[start]))
            start++;
        words = words[start..];
        string? number = null;
        var house = 0;
        if (words.Count > 1 && HouseNumberPattern().Match(words[0]) is { Success: true } m)
        {
            number = words[0].ToUpperInvariant();
            house = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            words = words[1..];
        }
        var connector = words.FindIndex(1, Math.Max(0, words.Count - 1), Connectors.Contains);
        if (number is null && connector > 0 && connector < words.Count - 1)
        {
            var second = words[(connector + 1)..].SkipWhile(Lead.Contains).ToList();
            if (second.Count > 0)
                return new TypedAddress(null, 0, words[..connector], second, unit);
        }
        if (words.Count == 0)
            return null;
        return new TypedAddress(number, house, words, null, unit);
    }

    private static string UnitName(string word) => word switch
    {
        "suite" or "ste" => "Suite",
        "unit" => "Unit",
        "floor" or "fl" or "piso" => "Floor",
        _ => "Apt",
    };

    // "12", "12b", "12-14" (the first number is the one placed).
    [GeneratedRegex(@"^(\d{1,6})[a-z]?(?:-\d{1,6}[a-z]?)?$")]
    private static partial Regex HouseNumberPattern();
}
