using System.Text.RegularExpressions;

namespace CityCrm.Knowledge.Evaluation;

/// <summary>
/// Tells which English questions of an evaluation set are spelled correctly, to check that typo handling
/// costs nothing on them: a word is correct when WordNet knows it (its lemmas, its listed irregular forms,
/// or a regular inflection of a lemma), when the articles use it, or when it is a number or a word of the
/// given extra list (function words, which WordNet leaves out).
/// </summary>
public sealed partial class SpellingDictionary
{
    private static readonly string[] Suffixes = ["s", "es", "ed", "d", "ing", "er", "ers", "ies", "ied", "'s", "s'"];

    private readonly HashSet<string> words;

    private SpellingDictionary(HashSet<string> words) => this.words = words;

    /// <summary>Reads WordNet's index and exception files in <paramref name="wordNetFolder"/> and adds <paramref name="extra"/> words.</summary>
    public static SpellingDictionary Load(string wordNetFolder, IEnumerable<string> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(wordNetFolder, "index.*").Concat(Directory.EnumerateFiles(wordNetFolder, "*.exc")))
        {
            if (file.EndsWith("index.sense", StringComparison.Ordinal))
                continue;
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length == 0 || line[0] == ' ')
                    continue;
                // Exception lines are "went go"; index lines start with the lemma.
                var parts = line.Split(' ', 3);
                words.Add(parts[0]);
                if (file.EndsWith(".exc", StringComparison.Ordinal) && parts.Length > 1)
                    words.Add(parts[1]);
            }
        }
        foreach (var word in extra)
            words.UnionWith(Words(word));
        foreach (var word in Indexing.KnowledgeAnalyzer.StopWords)
            words.Add(word.ToString() ?? "");
        return new SpellingDictionary(words);
    }

    /// <summary>Whether every word of <paramref name="text"/> is known.</summary>
    public bool IsSpelledCorrectly(string text) => Words(text).All(IsKnown);

    private bool IsKnown(string word)
    {
        if (words.Contains(word) || word.All(c => char.IsDigit(c) || c == '\''))
            return true;
        foreach (var suffix in Suffixes)
        {
            if (word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                if (words.Contains(stem) || words.Contains(stem + "e") || words.Contains(stem + "y")
                    || (stem.Length > 2 && stem[^1] == stem[^2] && words.Contains(stem[..^1])))
                    return true;
            }
        }
        return false;
    }

    /// <summary>The lowercase words of a text; apostrophes inside a word are kept ("don't").</summary>
    public static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text.Replace('\u2019', '\'').ToLowerInvariant()).Select(m => m.Value.Trim('\''));

    [GeneratedRegex(@"[\p{L}\d']+")]
    private static partial Regex WordPattern();
}
