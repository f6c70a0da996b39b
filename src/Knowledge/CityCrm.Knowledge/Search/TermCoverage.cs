using CityCrm.Knowledge.Indexing;
using Lucene.Net.Index;

namespace CityCrm.Knowledge.Search;

/// <summary>
/// Measures how much of a question an article covers: each term's weight counts in full when the
/// article's title, tags or questions hold it, partly when only its summary or body does, and a little
/// less again when the term only matches as a misspelling or through a synonym (a phrase synonym when
/// the field holds all of its words). Read from the stored term vectors. Synonyms never add terms to the
/// question, so they can only cover a word the resident used, never raise the share of the others.
/// </summary>
internal static class TermCoverage
{
    private const double SummaryCredit = 0.75;
    private const double BodyCredit = 0.5;
    private const double MisspellingFactor = 0.8;

    // A title or tag holding only a synonym lifts half the off-topic discount: the article is likely about
    // the subject, but an article naming the resident's own word stays clearly ahead of it.
    private const double SynonymTopicality = 0.5;

    public static Coverage Of(IndexReader reader, int docId, IReadOnlyList<QueryTerm> terms)
    {
        var total = terms.Sum(t => t.Weight);
        if (total <= 0)
            return Coverage.None;
        // One decode of the document's term vectors serves every field (per-field reads decode them all each time).
        var vectors = reader.GetTermVectors(docId);
        var fields = new FieldTerms(
            Union(vectors, ArticleFields.Topic),
            VectorTerms(vectors, ArticleFields.Questions),
            VectorTerms(vectors, ArticleFields.Summary),
            VectorTerms(vectors, ArticleFields.Body));
        double covered = 0, coveredStrong = 0;
        double topical = 0;
        foreach (var term in terms)
        {
            var best = Match(fields, set => Holds(term, set), term.Fuzzy ? MisspellingFactor : 1.0);
            foreach (var synonym in term.Synonyms)
            {
                var match = Match(fields, set => synonym.Phrase.Terms.All(set.Contains), synonym.Weight);
                if (match.Topical)
                    topical = Math.Max(topical, SynonymTopicality);
                if (match.Credit > best.Credit)
                    best = best with { Credit = match.Credit, Strong = match.Strong };
            }
            if (best.Topical)
                topical = 1;
            covered += term.Weight * best.Credit;
            coveredStrong += term.Weight * best.Strong;
        }
        return new Coverage(covered / total, coveredStrong / total, topical);
    }

    private static TermMatch Match(FieldTerms fields, Func<HashSet<string>, bool> holds, double factor)
    {
        var inTopic = holds(fields.Topic);
        if (inTopic || holds(fields.Questions))
            return new TermMatch(factor, factor, inTopic);
        if (holds(fields.Summary))
            return new TermMatch(factor * SummaryCredit, 0, false);
        return holds(fields.Body) ? new TermMatch(factor * BodyCredit, 0, false) : new TermMatch(0, 0, false);
    }

    private static bool Holds(QueryTerm term, HashSet<string> terms) =>
        term.Fuzzy ? terms.Any(candidate => TermSimilarity.IsNear(term.Text, candidate, term.MaxEdits)) : terms.Contains(term.Text);

    private static HashSet<string> Union(Fields? vectors, IEnumerable<string> fields)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
            terms.UnionWith(VectorTerms(vectors, field));
        return terms;
    }

    /// <summary>The terms an article's term vector holds in <paramref name="field"/> (empty when it has none).</summary>
    internal static HashSet<string> VectorTerms(Fields? vectors, string field)
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

    private sealed record FieldTerms(HashSet<string> Topic, HashSet<string> Questions, HashSet<string> Summary, HashSet<string> Body);

    private sealed record TermMatch(double Credit, double Strong, bool Topical);
}
