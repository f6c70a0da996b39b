using System.Globalization;

namespace CityCrm.Knowledge.Synonyms;

/// <summary>
/// Reads the WordNet database files (<c>index.noun</c>, <c>data.noun</c>, and the same for verbs): for each
/// word, the other words of its most frequent sense as a noun and as a verb. Only the first sense is kept:
/// "pitch" is a tar and a throw and a slope, and a search widened with every sense finds everything.
/// </summary>
internal static class WordNetDictionary
{
    private static readonly string[] PartsOfSpeech = ["noun", "verb"];

    /// <summary>Word (lowercase, spaces for underscores) to the other words of its first senses.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Load(string folder)
    {
        var synonyms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var part in PartsOfSpeech)
        {
            var firstSense = ReadIndex(Path.Combine(folder, "index." + part));
            var members = ReadData(Path.Combine(folder, "data." + part), [.. firstSense.Values]);
            foreach (var (word, offset) in firstSense)
            {
                if (!members.TryGetValue(offset, out var words))
                    continue;
                if (!synonyms.TryGetValue(word, out var list))
                    synonyms[word] = list = [];
                foreach (var other in words.Where(w => w != word && !list.Contains(w)))
                    list.Add(other);
            }
        }
        return synonyms.Where(p => p.Value.Count > 0).ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
    }

    // "garbage n 3 2 @ ~ 3 1 14857151 06612266 03416900": lemma, pos, synset count, pointer count, the
    // pointers, sense count, tagged sense count, then the synsets, most frequent first.
    private static Dictionary<string, long> ReadIndex(string path)
    {
        var first = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith(' '))
                continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 6 || !int.TryParse(parts[3], CultureInfo.InvariantCulture, out var pointers))
                continue;
            var at = 4 + pointers + 2;
            if (at < parts.Length && long.TryParse(parts[at], CultureInfo.InvariantCulture, out var offset))
                first[Word(parts[0])] = offset;
        }
        return first;
    }

    // "06000400 09 n 01 natural_science 0 007 ...": offset, file, type, word count (hex), then word and lex id pairs.
    private static Dictionary<long, List<string>> ReadData(string path, HashSet<long> wanted)
    {
        var members = new Dictionary<long, List<string>>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith(' '))
                continue;
            var parts = line.Split(' ', 4 + (2 * 255) + 1, StringSplitOptions.None);
            if (parts.Length < 5 || !long.TryParse(parts[0], CultureInfo.InvariantCulture, out var offset) || !wanted.Contains(offset))
                continue;
            if (!int.TryParse(parts[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var count))
                continue;
            var words = new List<string>(count);
            for (var i = 0; i < count && 4 + (2 * i) < parts.Length; i++)
                words.Add(Word(parts[4 + (2 * i)]));
            members[offset] = words;
        }
        return members;
    }

    // Adjective markers such as "(a)" follow some words; underscores join the words of a phrase.
    private static string Word(string raw)
    {
        var paren = raw.IndexOf('(', StringComparison.Ordinal);
        var word = paren > 0 ? raw[..paren] : raw;
        return word.Replace('_', ' ').ToLowerInvariant();
    }
}
