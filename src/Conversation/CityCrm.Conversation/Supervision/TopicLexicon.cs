namespace CityCrm.Conversations.Supervision;

/// <summary>
/// Topics residents write about, each named by the words that mark it (English and Spanish), read from a plain
/// text file of <c>topic: word, word, two words</c> lines. A text belongs to every topic one of whose words or
/// phrases it contains.
/// </summary>
public sealed class TopicLexicon(IReadOnlyList<(string Topic, IReadOnlyList<string> Phrases)> topics)
{
    private readonly List<(string Topic, List<string[]> Phrases)> entries =
        [.. topics.Select(t => (t.Topic, t.Phrases.Select(p => LexiconText.Words(p).ToArray()).Where(p => p.Length > 0).ToList()))];

    public IEnumerable<string> Topics => entries.Select(e => e.Topic);

    public static TopicLexicon Load(string path)
    {
        var topics = new List<(string, IReadOnlyList<string>)>();
        foreach (var line in File.ReadLines(path))
        {
            var text = line.Trim();
            if (text.Length == 0 || text[0] == '#')
                continue;
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                throw new FormatException($"{path}: \"{line}\" is not \"topic: word, word\".");
            topics.Add((text[..colon].Trim(), [.. text[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]));
        }
        return new TopicLexicon(topics);
    }

    /// <summary>The topics the text is about, in the file's order.</summary>
    public IReadOnlyList<string> Match(string text)
    {
        var words = LexiconText.Words(text);
        return [.. entries.Where(e => e.Phrases.Any(p => Contains(words, p))).Select(e => e.Topic)];
    }

    private static bool Contains(IReadOnlyList<string> words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Count; i++)
        {
            var j = 0;
            while (j < phrase.Length && IsWord(words[i + j], phrase[j]))
                j++;
            if (j == phrase.Length)
                return true;
        }
        return false;
    }

    // A listed word also matches its plural ("pothole" finds "potholes", "bache" finds "baches").
    private static bool IsWord(string word, string listed) =>
        word == listed || (word.Length - listed.Length is 1 or 2 && word.StartsWith(listed, StringComparison.Ordinal) && word[^1] == 's');
}
