using System.Globalization;
using System.Text;

namespace CityCrm.CaseCore.Streets;

/// <summary>
/// Street text as comparable words: accents folded, lower case, punctuation dropped, street types spelled out
/// ("st" -> "street"), ordinals as numbers ("fifth" -> "5th"). Typed places and gazetteer names go through the same rules.
/// </summary>
internal static class StreetText
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["st"] = "street", ["str"] = "street", ["ave"] = "avenue", ["av"] = "avenue", ["rd"] = "road", ["blvd"] = "boulevard",
        ["ln"] = "lane", ["dr"] = "drive", ["pkwy"] = "parkway", ["ter"] = "terrace", ["hwy"] = "highway", ["rte"] = "route",
        ["ct"] = "court", ["pl"] = "place", ["wy"] = "way",
    };

    private static readonly HashSet<string> TypeWords =
        ["street", "avenue", "road", "boulevard", "lane", "drive", "parkway", "terrace", "highway", "route", "court", "place", "way"];

    private static readonly Dictionary<string, string> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = "1st", ["second"] = "2nd", ["third"] = "3rd", ["fourth"] = "4th", ["fifth"] = "5th", ["sixth"] = "6th",
        ["seventh"] = "7th", ["eighth"] = "8th", ["ninth"] = "9th", ["tenth"] = "10th",
    };

    /// <summary>The comparable words of <paramref name="text"/>; "&amp;" and "/" are kept as words (they join two streets).</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if (char.IsLetterOrDigit(c))
                word.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '\u2019' or '.')
                continue;
            else
            {
                Flush(word, words);
                if (c is '&' or '/' or '#' or ',')
                    words.Add(c.ToString());
            }
        }
        Flush(word, words);
        return words;
    }

    /// <summary>The key a street is looked up by: its words joined by single spaces.</summary>
    public static string Key(string text) => string.Join(' ', Words(text).Where(w => w is not ("&" or "/" or "#" or ",")));

    public static bool IsType(string word) => TypeWords.Contains(word);

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length == 0)
            return;
        var w = word.ToString();
        words.Add(Types.TryGetValue(w, out var type) ? type : Ordinals.TryGetValue(w, out var ordinal) ? ordinal : w);
        word.Clear();
    }

    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                folded.Append(c);
        }
        return folded.ToString();
    }
}
