using CityCrm.Knowledge.Indexing;
using Lucene.Net.Index;

namespace CityCrm.Knowledge.Search;

/// <summary>
/// Measures how much of a question an article covers: each term's weight counts in full when the
/// article's title, tags or questions hold it, partly when only its summary or body does, and a little
/// less again when the term only matches as a misspelling. Read from the stored term vectors.
/// </summary>
internal static class TermCoverage
{
    private const double SummaryCredit = 0.75;
    private const double BodyCredit = 0.5;
    private const double MisspellingFactor = 0.8;

    public static Coverage Of(IndexReader reader, int docId, IReadOnlyList<QueryTerm> terms)
    {
        var total = terms.Sum(t => t.Weight);
        if (total <= 0)
            return Coverage.None;
        var topic = Union(reader, docId, ArticleFields.Topic);
        var questions = VectorTerms(reader, docId, ArticleFields.Questions);
        var summary = VectorTerms(reader, docId, ArticleFields.Summary);
        var body = VectorTerms(reader, docId, ArticleFields.Body);
        double covered = 0, coveredStrong = 0;
        var topical = false;
        foreach (var term in terms)
        {
            var weight = term.Weight * (term.Fuzzy ? MisspellingFactor : 1.0);
            var inTopic = Holds(term, topic);
            topical |= inTopic;
            if (inTopic || Holds(term, questions))
            {
                covered += weight;
                coveredStrong += weight;
            }
            else if (Holds(term, summary))
            {
                covered += weight * SummaryCredit;
            }
            else if (Holds(term, body))
            {
                covered += weight * BodyCredit;
            }
        }
        return new Coverage(covered / total, coveredStrong / total, topical);
    }

    private static bool Holds(QueryTerm term, HashSet<string> terms) =>
        term.Fuzzy ? terms.Any(candidate => TermSimilarity.IsNear(term.Text, candidate, term.MaxEdits)) : terms.Contains(term.Text);

    private static HashSet<string> Union(IndexReader reader, int docId, IEnumerable<string> fields)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
            terms.UnionWith(VectorTerms(reader, docId, field));
        return terms;
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
