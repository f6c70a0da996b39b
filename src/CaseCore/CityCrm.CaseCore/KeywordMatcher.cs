namespace CityCrm.CaseCore;

/// <summary>
/// Scores services against a text by the keywords (and names and codes) found in it. A keyword is
/// compared by its stemmed words run together, so "streetlight" matches "street light" and back.
/// Each stretch of text counts only for the most specific keywords covering it: in "the traffic light
/// is out", "traffic light" (two words) wins over the street light keyword "light".
/// </summary>
internal sealed class KeywordMatcher
{
    private const int MaxSpan = 8;
    private readonly Dictionary<string, List<(int Service, int Words)>> keywords = new(StringComparer.Ordinal);

    public KeywordMatcher(IReadOnlyList<ServiceDefinition> services)
    {
        for (var i = 0; i < services.Count; i++)
        {
            var s = services[i];
            foreach (var phrase in s.Keywords.Append(s.Name).Append(s.Code))
            {
                var tokens = TextNormalizer.Tokens(phrase);
                if (tokens.Count is 0 or > MaxSpan)
                    continue;
                var key = string.Concat(tokens);
                if (!keywords.TryGetValue(key, out var owners))
                    keywords[key] = owners = [];
                if (!owners.Any(o => o.Service == i))
                    owners.Add((i, tokens.Count));
            }
        }
    }

    /// <summary>
    /// For each service index with a match: the total weight of its distinct keywords found in the text,
    /// and the token position of its first one.
    /// </summary>
    public Dictionary<int, (double Weight, int First)> Score(string text)
    {
        var tokens = TextNormalizer.Tokens(text);
        var candidates = new List<Hit>();
        for (var start = 0; start < tokens.Count; start++)
        {
            var joined = "";
            for (var length = 1; length <= MaxSpan && start + length <= tokens.Count; length++)
            {
                joined += tokens[start + length - 1];
                if (!keywords.TryGetValue(joined, out var owners))
                    continue;
                foreach (var (service, words) in owners)
                    candidates.Add(new Hit(service, joined, start, length, Math.Max(words, length)));
            }
        }

        var accepted = new List<Hit>();
        foreach (var hit in candidates.OrderByDescending(h => h.Weight))
        {
            if (!accepted.Any(a => a.Weight > hit.Weight && a.Overlaps(hit)))
                accepted.Add(hit);
        }
        return accepted
            .DistinctBy(h => (h.Service, h.Key))
            .GroupBy(h => h.Service)
            .ToDictionary(g => g.Key, g => ((double)g.Sum(h => h.Weight), g.Min(h => h.Start)));
    }

    private sealed record Hit(int Service, string Key, int Start, int Length, int Weight)
    {
        public bool Overlaps(Hit other) => Start < other.Start + other.Length && other.Start < Start + Length;
    }
}
