using CityCrm.Knowledge.Indexing;
using Lucene.Net.Index;

namespace CityCrm.Knowledge.Search;

/// <summary>
/// Lists, for an editor, which question terms an article holds in which fields and how they matched, read
/// from the article's term vectors, with the same rules as the coverage check. Not on the path of an ordinary search.
/// </summary>
internal static class MatchExplainer
{
    public static IReadOnlyList<FieldMatch> Explain(IndexReader reader, int docId, IReadOnlyList<QueryTerm> terms)
    {
        var vectors = reader.GetTermVectors(docId);
        var matches = new List<FieldMatch>();
        foreach (var (field, _) in ArticleFields.Searched)
        {
            var held = VectorTerms(vectors, field);
            if (held.Count == 0)
                continue;
            foreach (var term in terms)
            {
                if (term.Fuzzy)
                {
                    foreach (var candidate in held.Where(c => TermSimilarity.IsNear(term.Text, c, term.MaxEdits)).Order(StringComparer.Ordinal))
                        matches.Add(new FieldMatch(term.Text, field, candidate, MatchKind.Misspelling));
                }
                else if (held.Contains(term.Text))
                    matches.Add(new FieldMatch(term.Text, field, term.Text, MatchKind.Exact));
                foreach (var synonym in term.Synonyms.Where(s => s.Phrase.Terms.All(held.Contains)))
                    matches.Add(new FieldMatch(term.Text, field, synonym.Phrase.Key, synonym.Kind));
            }
        }
        return matches;
    }

    private static HashSet<string> VectorTerms(Fields? vectors, string field)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var vector = vectors?.GetTerms(field);
        if (vector is null)
            return terms;
        var iterator = vector.GetEnumerator();
        while (iterator.MoveNext())
            terms.Add(iterator.Term.Utf8ToString());
        return terms;
    }
}
