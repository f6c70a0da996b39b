using CityCrm.Knowledge.Indexing;
using Lucene.Net.Index;

namespace CityCrm.Knowledge.Search;

/// <summary>
/// How much of a question an article covers: each term's weight counts in full when the article's title,
/// questions or tags hold it, partly when only its summary or body does, and a little less again when the
/// term only matches as a misspelling.
/// </summary>
internal static class TermCoverage
{
    private const double StrongCredit = 1.0;
    private const double SummaryCredit = 0.6;
    private const double BodyCredit = 0.35;
    private const double MisspellingFactor = 0.8;

    public static double Of(IndexReader reader, int docId, IReadOnlyList<QueryTerm> terms)
    {
        var total = terms.Sum(t => t.Weight);
        if (total <= 0)
            return 0;
        var strong = ArticleFields.Strong.SelectMany(f => VectorTerms(reader, docId, f)).ToHashSet(StringComparer.Ordinal);
        var summary = VectorTerms(reader, docId, ArticleFields.Summary);
        var body = VectorTerms(reader, docId, ArticleFields.Body);
        var covered = terms.Sum(t => t.Weight * Credit(t, strong, summary, body));
        return covered / total;
    }

    private static double Credit(QueryTerm term, IReadOnlySet<string> strong, IReadOnlySet<string> summary, IReadOnlySet<string> body)
    {
        bool Holds(IReadOnlySet<string> terms) =>
            term.Fuzzy ? terms.Any(candidate => TermSimilarity.IsNear(term.Text, candidate)) : terms.Contains(term.Text);

        var factor = term.Fuzzy ? MisspellingFactor : 1.0;
        if (Holds(strong))
            return StrongCredit * factor;
        if (Holds(summary))
            return SummaryCredit * factor;
        return Holds(body) ? BodyCredit * factor : 0;
    }

    private static HashSet<string> VectorTerms(IndexReader reader, int docId, string field)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var vector = reader.GetTermVector(docId, field);
        if (vector is null)
            return terms;
        var iterator = vector.GetEnumerator();
        while (iterator.MoveNext())
            terms.Add(iterator.Term.Utf8ToString());
        return terms;
    }
}
