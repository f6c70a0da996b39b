using CityCrm.Knowledge.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CityCrm.Knowledge.Search;

/// <summary>
/// Builds the Lucene query from analyzed terms directly, never through the query parser, so a
/// question's "AND", "*", quotes or brackets are just words (or nothing) and cannot break the search.
/// </summary>
internal static class QueryBuilder
{
    // A little credit for matching in a second field, while the best field decides.
    private const float TieBreaker = 0.1f;

    /// <summary>Weighs each term against the index: known terms by rarity, unknown ones as misspellings.</summary>
    public static IReadOnlyList<QueryTerm> Weigh(IReadOnlyList<AnalyzedTerm> terms, IndexReader reader, double unknownTermWeight)
    {
        var documents = Math.Max(reader.NumDocs, 1);
        return [.. terms.Select(analyzed =>
        {
            var term = analyzed.Text;
            var frequency = ArticleFields.Searched.Max(f => reader.DocFreq(new Term(f.Field, term)));
            var weight = 1 + Math.Log((double)documents / (frequency + 1));
            // A word no article uses is as often an aside ("huge", "nonstop") as the subject, so it weighs
            // like a word of middling rarity rather than the rarest one.
            if (frequency == 0)
                weight = Math.Min(weight, unknownTermWeight);
            return new QueryTerm(term, Math.Max(weight, 0.5), frequency == 0 ? TermSimilarity.MaxEdits(analyzed.WordLength) : 0);
        })];
    }

    /// <summary>One clause per term (its best field counts), so matching more terms ranks higher.</summary>
    public static Query Build(IReadOnlyList<QueryTerm> terms)
    {
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            var perField = new DisjunctionMaxQuery(TieBreaker);
            foreach (var (field, boost) in ArticleFields.Searched)
            {
                Query clause = term.Fuzzy
                    ? new FuzzyQuery(new Term(field, term.Text), term.MaxEdits, TermSimilarity.PrefixLength)
                    : new TermQuery(new Term(field, term.Text));
                clause.Boost = boost;
                perField.Add(clause);
            }
            query.Add(perField, Occur.SHOULD);
        }
        return query;
    }
}
