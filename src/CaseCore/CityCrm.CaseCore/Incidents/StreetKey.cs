using System.Text;

namespace CityCrm.CaseCore.Incidents;

/// <summary>
/// A comparable form of the streets in a location: "12 Elm St", "elm street" and "ELM STREET" all give "elm street";
/// an intersection ("Oak Ave &amp; 3rd Street") gives both streets. House numbers are dropped, street types spelled out.
/// </summary>
public static class StreetKey
{
    private static readonly LocationParser Parser = new();

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["st"] = "street", ["street"] = "street", ["ave"] = "avenue", ["av"] = "avenue", ["avenue"] = "avenue",
        ["rd"] = "road", ["road"] = "road", ["blvd"] = "boulevard", ["boulevard"] = "boulevard", ["ln"] = "lane",
        ["lane"] = "lane", ["dr"] = "drive", ["drive"] = "drive", ["ct"] = "court", ["court"] = "court",
        ["pl"] = "place", ["place"] = "place", ["pkwy"] = "parkway", ["parkway"] = "parkway", ["ter"] = "terrace",
        ["terrace"] = "terrace", ["hwy"] = "highway", ["highway"] = "highway", ["way"] = "way", ["rte"] = "route", ["route"] = "route",
    };

    /// <summary>The street keys in a location or a resident's sentence; empty when it names no street ("behind the library").</summary>
    public static IReadOnlyList<string> Keys(string? location) =>
        string.IsNullOrWhiteSpace(location) ? [] : Split(Parser.TryExtract(location) ?? "");

    /// <summary>
    /// The keys of streets a person names on purpose (an incident's "Elm St", "Broadway"): as <see cref="Keys"/>, and a
    /// name without a street type is taken as it is.
    /// </summary>
    public static IReadOnlyList<string> OfStreets(string? streets) =>
        string.IsNullOrWhiteSpace(streets) ? [] : Split(Parser.TryExtract(streets) ?? streets);

    private static List<string> Split(string streets) =>
        streets.Split('&', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Whether two keys name the same street. A key without a street type ("elm") matches any type of that name,
    /// so a supervisor's "Elm" covers "Elm Street"; two typed keys must agree ("elm street" is not "elm avenue").
    /// </summary>
    public static bool Same(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
            return true;
        var (nameA, typedA) = NameOf(a);
        var (nameB, typedB) = NameOf(b);
        return (!typedA || !typedB) && string.Equals(nameA, nameB, StringComparison.Ordinal);
    }

    private static (string Name, bool Typed) NameOf(string key)
    {
        var space = key.LastIndexOf(' ');
        return space > 0 && Types.ContainsValue(key[(space + 1)..]) ? (key[..space], true) : (key, false);
    }

    private static string Key(string street)
    {
        var words = Words(street);
        // "12 Elm St": the house number says where on the street, not which street.
        while (words.Count > 1 && char.IsDigit(words[0][0]) && !IsOrdinal(words[0]))
            words.RemoveAt(0);
        if (words.Count > 1 && Types.TryGetValue(words[^1], out var type))
            words[^1] = type;
        return string.Join(' ', words);
    }

    private static bool IsOrdinal(string word) =>
        word.EndsWith("st", StringComparison.Ordinal) || word.EndsWith("nd", StringComparison.Ordinal)
        || word.EndsWith("rd", StringComparison.Ordinal) || word.EndsWith("th", StringComparison.Ordinal);

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
                word.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '\u2019')
                continue;
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
            words.Add(word.ToString());
        return words;
    }
}
