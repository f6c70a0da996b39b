using System.Text;

namespace CityCrm.CaseCore;

/// <summary>
/// Turns resident text and catalogue keywords into the same comparable tokens: lower case,
/// apostrophes dropped ("wasn't" -> "wasnt"), other punctuation as spaces, and a light English
/// stemmer (plural "s"/"ies", "-ing", "-ed", final "e"). Both sides go through the same rules, so a
/// stem only has to be consistent, not a real word ("damaged", "damage" and "damaging" all give "damag").
/// </summary>
internal static class TextNormalizer
{
    public static IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c))
                word.Append(c);
            else if (c is '\'' or '\u2019')
                continue;
            else
                Flush(word, tokens);
        }
        Flush(word, tokens);
        return tokens;
    }

    public static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsLetter(word[^1]))
            return word;
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
            word = word[..^3] + "y";
        else if (word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal)
                 && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
            word = word[..^1];

        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5)
            word = Undouble(word[..^3]);
        else if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4 && !word.EndsWith("eed", StringComparison.Ordinal))
            word = Undouble(word[..^2]);

        if (word.Length > 3 && word[^1] == 'e')
            word = word[..^1];
        return word;
    }

    // "dropped" -> "dropp" -> "drop"; but "missed" keeps "miss" and "spilled" keeps "spill".
    private static string Undouble(string stem) =>
        stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z') && !IsVowel(stem[^1])
            ? stem[..^1]
            : stem;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static void Flush(StringBuilder word, List<string> tokens)
    {
        if (word.Length == 0)
            return;
        tokens.Add(Stem(word.ToString()));
        word.Clear();
    }
}
