using CityCrm.Knowledge.Indexing;
using Lucene.Net.Index;

namespace CityCrm.Knowledge.Search;

/// <summary>
/// Finds the indexed spellings closest to a word no article uses, once, in the field that holds the words
/// of every article's title, tags, questions and summary: walking each of those fields' dictionaries with
/// its own fuzzy query cost several times as much and found the same words. The spellings and their
/// boosts are those Lucene's fuzzy query would pick (closeness <c>1 - edits / shorter length</c>, the
/// closest ten, then alphabetical), found as the coverage check finds them (<see cref="NearSpellings"/>)
/// instead of with the three Levenshtein automata a fuzzy query builds for every question.
/// </summary>
internal static class Misspellings
{
    /// <summary>At most this many spellings are tried, the closest first.</summary>
    public const int MaxExpansions = 10;

    /// <summary>The closest spellings, in alphabetical order, each boosted by its closeness.</summary>
    public static IReadOnlyList<Spelling> Expand(IndexReader reader, string term, int maxEdits)
    {
        var length = Letters(term);
        var found = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.GetTerms(ArticleFields.Words) is not { } terms)
                continue;
            foreach (var candidate in NearSpellings.Walk(terms.GetEnumerator(), term, maxEdits))
            {
                if (found.ContainsKey(candidate))
                    continue;
                // As Lucene's fuzzy terms enumeration scores it, in single precision.
                var closeness = 1.0f - (TermSimilarity.Distance(term, candidate) / (float)Math.Min(Letters(candidate), length));
                if (closeness > 0)
                    found[candidate] = closeness;
            }
        }
        return [.. found
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(MaxExpansions)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new Spelling(p.Key, p.Value))];
    }

    private static int Letters(string text) => text.EnumerateRunes().Count();
}
