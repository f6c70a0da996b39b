using System.Text.RegularExpressions;

namespace CityCrm.CaseCore;

/// <summary>The vocabulary of street locations: street types, words that never belong to a street name, number forms.</summary>
internal static partial class StreetWords
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["street"] = "Street", ["st"] = "St", ["avenue"] = "Avenue", ["ave"] = "Ave", ["av"] = "Av",
        ["road"] = "Road", ["rd"] = "Rd", ["boulevard"] = "Boulevard", ["blvd"] = "Blvd",
        ["lane"] = "Lane", ["ln"] = "Ln", ["drive"] = "Drive", ["dr"] = "Dr", ["way"] = "Way",
        ["court"] = "Court", ["ct"] = "Ct", ["place"] = "Place", ["pl"] = "Pl",
        ["parkway"] = "Parkway", ["pkwy"] = "Pkwy", ["terrace"] = "Terrace", ["ter"] = "Ter",
        ["highway"] = "Highway", ["hwy"] = "Hwy",
    };

    /// <summary>Types written before a route number: "Highway 9", "Route 30".</summary>
    private static readonly Dictionary<string, string> RouteTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["highway"] = "Highway", ["hwy"] = "Hwy", ["route"] = "Route", ["rte"] = "Rte",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "on", "at", "in", "near", "by", "of", "to", "from", "for", "with", "and", "or", "but",
        "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those",
        "there", "theres", "here", "my", "our", "your", "his", "her", "their", "i", "we", "you", "he", "she",
        "they", "me", "us", "them", "corner", "intersection", "between", "across", "outside", "behind", "front",
        "next", "opposite", "off", "along", "down", "up", "over", "under", "into", "onto", "around", "past",
        "before", "after", "about", "close", "also", "another", "some", "someone", "has", "have", "had", "not",
        "no", "out", "just", "very", "really", "every", "each", "all", "what", "where", "which", "who", "when",
        "how", "why", "can", "could", "would", "will", "should", "do", "does", "did", "please", "hi", "hello",
        "block", "side", "end", "same", "whole", "entire", "so", "too", "as", "than", "if", "then", "way",
    };

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "st", "ave", "av", "rd", "blvd", "ln", "dr", "ct", "pl", "pkwy", "ter", "hwy", "rte", "jr", "sr", "mt", "ft",
        "n", "s", "e", "w", "ne", "nw", "se", "sw",
    };

    private static readonly HashSet<string> Directions = new(StringComparer.OrdinalIgnoreCase)
    {
        "north", "south", "east", "west", "n", "s", "e", "w", "ne", "nw", "se", "sw",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "and", "&" };

    public static bool IsType(string word) => Types.ContainsKey(Bare(word));

    public static string TypeName(string word) => Types[Bare(word)];

    public static bool IsRouteType(string word) => RouteTypes.ContainsKey(Bare(word));

    public static string RouteTypeName(string word) => RouteTypes[Bare(word)];

    /// <summary>A word whose period marks an abbreviation ("St."), not the end of a sentence.</summary>
    public static bool IsAbbreviation(string word) => Abbreviations.Contains(Bare(word));

    /// <summary>"North", "W": part of a street name in any case ("north River Road").</summary>
    public static bool IsDirection(string word) => Directions.Contains(Bare(word));

    public static bool IsConnector(string word) => Connectors.Contains(word);

    /// <summary>A word that can be part of a street's name (types included: "Court St", "St Paul Street").</summary>
    public static bool IsNameWord(string word) => !NotNames.Contains(Bare(word)) && word != "&" && !IsHouseNumber(word);

    /// <summary>"12", "450", "12B", "12-14": a house number, not a name.</summary>
    public static bool IsHouseNumber(string word) => HouseNumber().IsMatch(Bare(word));

    /// <summary>Proper-noun evidence: capitalized, an ordinal ("5th"), or a digit.</summary>
    public static bool LooksProper(string word) => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]));

    public static string Bare(string word) => word.TrimEnd('.');

    /// <summary>Normalizes a name word's case: "elm" and "ELM" become "Elm"; "McKinley", "5th" and short acronyms stay.</summary>
    public static string Capitalize(string word, bool textIsAllCaps)
    {
        var w = Bare(word);
        if (w.Length == 0 || char.IsDigit(w[0]))
            return IsHouseNumber(w) ? w.ToUpperInvariant() : w.ToLowerInvariant();
        var lower = w.ToLowerInvariant();
        var upper = w.ToUpperInvariant();
        if (w == lower || (w == upper && (w.Length > 3 || textIsAllCaps)))
            return char.ToUpperInvariant(lower[0]) + lower[1..];
        return w;
    }

    [GeneratedRegex(@"^\d+[A-Za-z]?(-\d+[A-Za-z]?)?$")]
    private static partial Regex HouseNumber();
}
