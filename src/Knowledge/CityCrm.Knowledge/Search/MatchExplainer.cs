using CityCrm.Knowledge.Indexing;
using Lucene.Net.Index;

namespace CityCrm.Knowledge.Search;

/// <summary>
/// Lists, for an editor, which question terms an article holds in which fields and how they matched, read
/// from the same term vectors the coverage check uses. Not on the path of an ordinary search.
/// </summary>
internal static class MatchExplainer
{
    public static IReadOnlyList<FieldMatch> Explain(IndexReader reader, int docId, IReadOnlyList<QueryTerm> terms)
    {
        var vectors = reader.GetTermVectors(docId);
        var matches = new List<FieldMatch>();
        foreach (var (field, _) in ArticleFields.Searched)
        {
            var held = TermCoverage.VectorTerms(vectors, field);
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
}
