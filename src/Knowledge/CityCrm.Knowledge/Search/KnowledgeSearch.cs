using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Synonyms;
using Lucene.Net.Search;

namespace CityCrm.Knowledge.Search;

/// <summary>
/// Searches the article index for a resident's question and says how sure the top answer is. Lucene
/// finds the candidates; they are then re-ranked by how well each matches the question (coverage of its
/// rare words, see <see cref="ConfidenceModel"/>) blended with the Lucene score, because Lucene's
/// per-field statistics can favor an article that matches a common word in a short field over one that
/// holds the question's rare word. The city's synonyms, when given, are applied to each question here
/// rather than in the index, so editing them needs no re-index.
/// </summary>
public sealed class KnowledgeSearch(LuceneArticleIndex index, KnowledgeOptions options, KnowledgeSynonyms? synonyms = null) : IKnowledgeSearch
{
    /// <summary>The most hits one search returns.</summary>
    public const int MaxTop = 20;

    private const int Candidates = 12;

    /// <summary>
    /// Returns up to <paramref name="top"/> hits; each hit's score is its relevance (0..1): how well the
    /// article matches the question blended with its Lucene score relative to the best one.
    /// </summary>
    public Task<KnowledgeResult> SearchAsync(string question, int top, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Search(question, top).Result);
    }

    /// <summary>The search with the signals behind its confidence, for calibration.</summary>
    internal (KnowledgeResult Result, ConfidenceSignals? Signals) Search(string question, int top)
    {
        question ??= "";
        top = Math.Clamp(top, 1, MaxTop);
        var tokens = KnowledgeAnalyzer.Tokens(index.Analyzer, question, options.MaxQueryTerms);
        if (tokens.Count == 0)
            return (Nothing(question), null);
        var words = tokens.DistinctBy(t => t.Text).Select(t => new AnalyzedTerm(t.Text, t.WordLength)).ToList();
        var expansions = (synonyms?.Current ?? SynonymMap.Empty).Expand(tokens);
        return index.WithSearcher<(KnowledgeResult, ConfidenceSignals?)>(searcher =>
        {
            var terms = QueryBuilder.Weigh(words, expansions, searcher.IndexReader, options.UnknownTermWeight);
            var found = searcher.Search(QueryBuilder.Build(terms, options.SynonymWeight), Math.Max(top, Candidates)).ScoreDocs;
            if (found.Length == 0)
                return (Nothing(question), null);
            var ranked = Rank(searcher, found, terms);
            var best = ranked[0];
            var signals = new ConfidenceSignals(
                best.Coverage,
                best.Quality,
                ranked.Count > 1 ? ranked[1].Quality : 0,
                ranked.Count > 1 && best.Relevance > 0 ? 1 - (ranked[1].Relevance / best.Relevance) : 1);
            var confidence = ConfidenceModel.Confidence(signals, options);
            var hits = ranked.Take(top).Select(r => ToHit(searcher, r)).ToList();
            return (new KnowledgeResult(question, hits, confidence, ConfidenceModel.Decide(confidence, options)), signals);
        });
    }

    private List<RankedHit> Rank(IndexSearcher searcher, ScoreDoc[] found, IReadOnlyList<QueryTerm> terms)
    {
        var topScore = found[0].Score;
        var weight = Math.Clamp(options.CoverageRankWeight, 0, 1);
        return found
            .Select(d =>
            {
                var coverage = TermCoverage.Of(searcher.IndexReader, d.Doc, terms, options.SynonymWeight);
                var quality = ConfidenceModel.Quality(coverage, options);
                var relative = topScore > 0 ? d.Score / topScore : 0;
                return new RankedHit(d.Doc, d.Score, coverage, quality, (weight * quality) + ((1 - weight) * relative));
            })
            .OrderByDescending(r => r.Relevance)
            .ThenByDescending(r => r.LuceneScore)
            .ToList();
    }

    private static KnowledgeHit ToHit(IndexSearcher searcher, RankedHit hit)
    {
        var document = searcher.Doc(hit.DocId);
        return new KnowledgeHit(
            document.Get(ArticleFields.Id),
            document.Get(ArticleFields.Title),
            document.Get(ArticleFields.Summary),
            (float)Math.Round(hit.Relevance, 4))
        {
            Version = document.GetField(ArticleFields.Version)?.GetInt32Value() ?? 1,
            Language = document.Get(ArticleFields.Language) ?? "en",
        };
    }

    private static KnowledgeResult Nothing(string question) => new(question, [], 0, AnswerDecision.OfferHandoff);
}
