using CityCrm.Knowledge.Indexing;
using Lucene.Net.Analysis;

namespace CityCrm.Knowledge.Synonyms;

/// <summary>
/// The synonym groups analyzed like questions, so that "garbage" in the list meets "garbage" in a
/// question after stemming. Given a question's tokens, it says which other entries each term may be
/// matched as: a term inside a phrase entry ("street light") is expanded only when the whole phrase is
/// in the question, and then every term of it gets the group's other entries.
/// </summary>
internal sealed class SynonymMap
{
    private readonly IReadOnlyList<IReadOnlyList<SynonymPhrase>> groups;

    private SynonymMap(IReadOnlyList<IReadOnlyList<SynonymPhrase>> groups) => this.groups = groups;

    public static SynonymMap Empty { get; } = new([]);

    public int GroupCount => groups.Count;

    /// <summary>Analyzes every entry; an entry made only of stop words cannot match and is rejected with its line.</summary>
    public static SynonymMap Build(IReadOnlyList<SynonymGroup> groups, Analyzer analyzer)
    {
        var analyzed = new List<IReadOnlyList<SynonymPhrase>>();
        foreach (var group in groups)
        {
            var phrases = new List<SynonymPhrase>();
            foreach (var entry in group.Entries)
            {
                var tokens = KnowledgeAnalyzer.Tokens(analyzer, entry, int.MaxValue);
                if (tokens.Count == 0)
                    throw new SynonymFormatException(group.Line, $"\"{entry}\" holds only common words that are never searched");
                var start = tokens[0].Position;
                var phrase = new SynonymPhrase([.. tokens.Select(t => t.Text)], [.. tokens.Select(t => t.Position - start)]);
                // "tow" and "towed" stem alike: one of them is enough.
                if (!phrases.Contains(phrase))
                    phrases.Add(phrase);
            }
            if (phrases.Count > 1)
                analyzed.Add(phrases);
        }
        return new SynonymMap(analyzed);
    }

    /// <summary>For each term of the question that a group holds, the group's other entries.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SynonymPhrase>> Expand(IReadOnlyList<AnalyzedToken> question)
    {
        var found = new Dictionary<string, List<SynonymPhrase>>(StringComparer.Ordinal);
        if (groups.Count == 0 || question.Count == 0)
            return new Dictionary<string, IReadOnlyList<SynonymPhrase>>();
        foreach (var group in groups)
        {
            foreach (var entry in group)
            {
                var matched = Occurrence(entry, question);
                if (matched is null)
                    continue;
                foreach (var term in matched)
                {
                    if (!found.TryGetValue(term, out var alternatives))
                        found[term] = alternatives = [];
                    foreach (var other in group)
                    {
                        if (!other.Equals(entry) && !alternatives.Contains(other) && !(other.Terms.Count == 1 && other.Terms[0] == term))
                            alternatives.Add(other);
                    }
                }
            }
        }
        return found.Where(p => p.Value.Count > 0).ToDictionary(p => p.Key, p => (IReadOnlyList<SynonymPhrase>)p.Value, StringComparer.Ordinal);
    }

    // A phrase matches when its terms follow each other in the question; stop words between them are
    // ignored, so "hole in road" meets the entry "hole in the road".
    private static IReadOnlyList<string>? Occurrence(SynonymPhrase entry, IReadOnlyList<AnalyzedToken> question)
    {
        for (var start = 0; start + entry.Terms.Count <= question.Count; start++)
        {
            var all = true;
            for (var i = 0; i < entry.Terms.Count && all; i++)
                all = question[start + i].Text == entry.Terms[i];
            if (all)
                return entry.Terms;
        }
        return null;
    }
}
