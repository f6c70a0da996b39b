using CityCrm.Knowledge.Indexing;
using Lucene.Net.Index;

namespace CityCrm.Knowledge.Search;

/// <summary>
/// Measures how much of a question an article covers: each term's weight counts in full when the
/// article's title, tags or questions hold it, partly when only its summary or body does, and a little
/// less again when the term only matches as a misspelling or through a synonym (a phrase synonym when
/// the field holds all of its words), read from the candidates' postings (<see cref="CandidateTerms"/>).
/// Synonyms never add terms to the question, so they can only cover a word the resident used, never raise the share of the others.
/// </summary>
internal static class TermCoverage
{
    private const double SummaryCredit = 0.75;
    private const double BodyCredit = 0.5;
    private const double MisspellingFactor = 0.8;

    // A title or tag holding only a synonym lifts half the off-topic discount: the article is likely about
    // the subject, but an article naming the resident's own word stays clearly ahead of it.
    private const double SynonymTopicality = 0.5;

    /// <summary>The coverage of each candidate, in the order of <paramref name="docs"/>.</summary>
    /// <param name="lookups">The search's term lookups, reused; null for new ones.</param>
    public static Coverage[] Of(IndexReader reader, IReadOnlyList<int> docs, IReadOnlyList<QueryTerm> terms, TermLookups? lookups = null)
    {
        var coverages = new Coverage[docs.Count];
        var total = terms.Sum(t => t.Weight);
        if (total <= 0)
        {
            Array.Fill(coverages, Coverage.None);
            return coverages;
        }
        var held = new CandidateTerms(reader, docs, lookups);
        var covered = new double[docs.Count];
        var coveredStrong = new double[docs.Count];
        var topical = new double[docs.Count];
        foreach (var term in terms)
        {
            var own = term.Fuzzy
                ? Fields(field => held.HoldingNear(field, term.Text, term.MaxEdits))
                : Fields(field => held.Holding(field, term.Text));
            // A phrase synonym counts in a field that holds all of its words.
            var alternatives = term.Synonyms
                .Select(s => (s.Weight, Masks: s.Phrase.Terms.Select(t => Fields(field => held.Holding(field, t))).Aggregate((a, b) => a & b)))
                .ToList();
            for (var i = 0; i < docs.Count; i++)
            {
                var best = Match(own, i, term.Fuzzy ? MisspellingFactor : 1.0);
                foreach (var (weight, masks) in alternatives)
                {
                    var match = Match(masks, i, weight);
                    if (match.Topical)
                        topical[i] = Math.Max(topical[i], SynonymTopicality);
                    if (match.Credit > best.Credit)
                        best = best with { Credit = match.Credit, Strong = match.Strong };
                }
                if (best.Topical)
                    topical[i] = 1;
                covered[i] += term.Weight * best.Credit;
                coveredStrong[i] += term.Weight * best.Strong;
            }
        }
        for (var i = 0; i < docs.Count; i++)
            coverages[i] = new Coverage(covered[i] / total, coveredStrong[i] / total, topical[i]);
        return coverages;
    }

    // The title and tags count as one topic field: a phrase synonym may have a word in each.
    private static FieldMasks Fields(Func<string, ulong> holding) => new(
        holding(ArticleFields.Title) | holding(ArticleFields.Tags),
        holding(ArticleFields.Questions),
        holding(ArticleFields.Summary),
        holding(ArticleFields.Body));

    private static TermMatch Match(FieldMasks fields, int candidate, double factor)
    {
        var bit = 1UL << candidate;
        var inTopic = (fields.Topic & bit) != 0;
        if (inTopic || (fields.Questions & bit) != 0)
            return new TermMatch(factor, factor, inTopic);
        if ((fields.Summary & bit) != 0)
            return new TermMatch(factor * SummaryCredit, 0, false);
        return (fields.Body & bit) != 0 ? new TermMatch(factor * BodyCredit, 0, false) : new TermMatch(0, 0, false);
    }

    private readonly record struct FieldMasks(ulong Topic, ulong Questions, ulong Summary, ulong Body)
    {
        public static FieldMasks operator &(FieldMasks a, FieldMasks b) =>
            new(a.Topic & b.Topic, a.Questions & b.Questions, a.Summary & b.Summary, a.Body & b.Body);
    }

    private sealed record TermMatch(double Credit, double Strong, bool Topical);
}
