using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Languages;
using CityCrm.Knowledge.Synonyms;
using Lucene.Net.Documents;
using Lucene.Net.Search;

namespace CityCrm.Knowledge.Search;

/// <summary>
/// Searches the article index for a resident's question and says how sure the top answer is. Lucene
/// finds the candidates; they are then re-ranked by how well each matches the question (coverage of its
/// rare words, see <see cref="ConfidenceModel"/>) blended with the Lucene score, because Lucene's
/// per-field statistics can favor an article that matches a common word in a short field over one that
/// holds the question's rare word. The city's synonyms, when given, are applied to each question here
/// rather than in the index, so editing them needs no re-index.
/// <para>
/// A question is analyzed in its language (the resident's preference, else told from the question) and
/// searched among that language's articles valid on the day; when that gives no confident answer the
/// other language's articles are tried too and the better result kept. Hits are then given in the
/// resident's language where a translation exists.
/// </para>
/// </summary>
public sealed class KnowledgeSearch(
    LuceneArticleIndex index,
    KnowledgeOptions options,
    KnowledgeSynonyms? synonyms = null,
    TimeProvider? clock = null,
    WordNetSynonyms? wordNet = null) : IKnowledgeSearch
{
    /// <summary>The most hits one search returns.</summary>
    public const int MaxTop = 20;

    private const int Candidates = 12;

    private readonly SearchFilters filters = new();
    private readonly SpellingCache spellings = new();
    private readonly TermContextCache termContexts = new();
    private readonly CityDay city = new(clock ?? TimeProvider.System, options.TimeZone);

    /// <summary>When set, each search records its steps' times there (one thread at a time); the bench's diagnostics use it.</summary>
    internal SearchStages? Stages { get; set; }

    /// <summary>
    /// Returns up to <paramref name="top"/> hits; each hit's score is its relevance (0..1): how well the
    /// article matches the question blended with its Lucene score relative to the best one.
    /// </summary>
    public Task<KnowledgeResult> SearchAsync(string question, int top, CancellationToken cancellationToken) =>
        SearchAsync(new KnowledgeQuery(question ?? "", top), cancellationToken);

    /// <inheritdoc />
    public Task<KnowledgeResult> SearchAsync(KnowledgeQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Search(query, explain: false).Run.Result);
    }

    /// <summary>The same search as <see cref="SearchAsync(KnowledgeQuery, CancellationToken)"/>, with why each hit matched.</summary>
    public Task<ExplainedResult> ExplainAsync(KnowledgeQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        var (run, language, day) = Search(query, explain: true);
        return Task.FromResult(new ExplainedResult(run.Result, language, run.SearchedLanguage, day, run.Explanations));
    }

    /// <summary>The search with the signals behind its confidence, for calibration.</summary>
    internal (KnowledgeResult Result, ConfidenceSignals? Signals) Search(string question, int top)
    {
        var run = Search(new KnowledgeQuery(question ?? "", top), explain: false).Run;
        return (run.Result, run.Signals);
    }

    private (SearchRun Run, string Language, DateOnly Day) Search(KnowledgeQuery query, bool explain)
    {
        var question = query.Question ?? "";
        var top = Math.Clamp(query.Top, 1, MaxTop);
        var language = KnowledgeLanguages.Normalize(query.Language) ?? LanguageDetector.Detect(question);
        var day = query.Day ?? city.Today();
        return index.WithSearcher(searcher =>
        {
            var run = Run(searcher, question, top, language, language, day, explain);
            if (run.Result.Decision == AnswerDecision.Answer)
                return (run, language, day);
            foreach (var other in KnowledgeLanguages.All.Where(l => l != language && SearchFilters.HasArticles(searcher.IndexReader, l)))
            {
                var alternative = Run(searcher, question, top, other, language, day, explain);
                if (alternative.Result.Confidence > run.Result.Confidence)
                    run = alternative;
            }
            return (run, language, day);
        });
    }

    private SearchRun Run(IndexSearcher searcher, string question, int top, string searched, string asker, DateOnly day, bool explain)
    {
        var stages = Stages;
        stages?.Start();
        var tokens = KnowledgeAnalyzer.Tokens(index.Analyzers.For(searched), question, options.MaxQueryTerms);
        if (tokens.Count == 0)
            return new SearchRun(Nothing(question), null, searched, []);
        var words = tokens.DistinctBy(t => t.Text).Select(t => new AnalyzedTerm(t.Text, t.WordLength)).ToList();
        stages?.Reached(SearchStages.Analyze);
        var expansions = (synonyms?.For(searched) ?? SynonymMap.Empty).Expand(tokens);
        var general = searched == KnowledgeLanguages.English ? wordNet?.Expand(words) : null;
        stages?.Reached(SearchStages.Expand);
        var lookups = new TermLookups(searcher.IndexReader, termContexts);
        var terms = QueryBuilder.Weigh(words, expansions, searcher.IndexReader, options, general, spellings, lookups);
        stages?.Reached(SearchStages.Weigh);
        stages?.Counted(terms.Count, terms.Count(t => t.Fuzzy));
        var valid = filters.For(searched, day);
        var topDocs = searcher.Search(QueryBuilder.Build(terms), valid, Math.Max(top, Candidates));
        var found = topDocs.ScoreDocs;
        stages?.Matched(topDocs.TotalHits);
        stages?.Reached(SearchStages.Lucene);
        if (found.Length == 0)
            return new SearchRun(Nothing(question), null, searched, []);
        var ranked = Rank(searcher, found, terms, lookups);
        stages?.Reached(SearchStages.Rank);
        var best = ranked[0];
        var signals = new ConfidenceSignals(
            best.Coverage,
            best.Quality,
            ranked.Count > 1 ? ranked[1].Quality : 0,
            ranked.Count > 1 && best.Relevance > 0 ? 1 - (ranked[1].Relevance / best.Relevance) : 1);
        var confidence = ConfidenceModel.Confidence(signals, options);
        var askerValid = filters.For(asker, day);
        var hits = new List<KnowledgeHit>();
        var explanations = new List<HitExplanation>();
        foreach (var hit in ranked)
        {
            if (hits.Count == top)
                break;
            var matched = searcher.Doc(hit.DocId);
            var shown = searched == asker ? matched : Counterparts.InLanguage(searcher, matched, asker, askerValid);
            var id = shown.Get(ArticleFields.Id);
            // Two articles of the other language can share one translation: it is listed once.
            if (hits.Any(h => h.ArticleId == id))
                continue;
            hits.Add(ToHit(shown, hit.Relevance));
            if (explain)
                explanations.Add(new HitExplanation(id, matched.Get(ArticleFields.Id), MatchExplainer.Explain(searcher.IndexReader, hit.DocId, terms)));
        }
        stages?.Reached(SearchStages.Hits);
        return new SearchRun(new KnowledgeResult(question, hits, confidence, ConfidenceModel.Decide(confidence, options)), signals, searched, explanations);
    }

    private List<RankedHit> Rank(IndexSearcher searcher, ScoreDoc[] found, IReadOnlyList<QueryTerm> terms, TermLookups lookups)
    {
        var topScore = found[0].Score;
        var weight = Math.Clamp(options.CoverageRankWeight, 0, 1);
        var coverages = TermCoverage.Of(searcher.IndexReader, [.. found.Select(d => d.Doc)], terms, lookups);
        return found
            .Select((d, i) =>
            {
                var quality = ConfidenceModel.Quality(coverages[i], options);
                var relative = topScore > 0 ? d.Score / topScore : 0;
                return new RankedHit(d.Doc, d.Score, coverages[i], quality, (weight * quality) + ((1 - weight) * relative));
            })
            .OrderByDescending(r => r.Relevance)
            .ThenByDescending(r => r.LuceneScore)
            .ToList();
    }

    private static KnowledgeHit ToHit(Document document, double relevance) =>
        new(document.Get(ArticleFields.Id), document.Get(ArticleFields.Title), document.Get(ArticleFields.Summary), (float)Math.Round(relevance, 4))
        {
            Version = document.GetField(ArticleFields.Version)?.GetInt32Value() ?? 1,
            Language = document.Get(ArticleFields.Language) ?? KnowledgeLanguages.English,
        };

    private static KnowledgeResult Nothing(string question) => new(question, [], 0, AnswerDecision.OfferHandoff);
}
