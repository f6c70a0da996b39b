using CityCrm.Knowledge.Indexing;
using Lucene.Net.Search;

namespace CityCrm.Knowledge.Search;

/// <summary>Searches the article index for a resident's question and says how sure the top answer is.</summary>
public sealed class KnowledgeSearch(LuceneArticleIndex index, KnowledgeOptions options) : IKnowledgeSearch
{
    /// <summary>The most hits one search returns.</summary>
    public const int MaxTop = 20;

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
        var words = KnowledgeAnalyzer.Terms(index.Analyzer, question, options.MaxQueryTerms);
        if (words.Count == 0)
            return (Nothing(question), null);
        return index.WithSearcher<(KnowledgeResult, ConfidenceSignals?)>(searcher =>
        {
            var terms = QueryBuilder.Weigh(words, searcher.IndexReader);
            // Ask for at least two hits: the second one's score is needed for the margin.
            var found = searcher.Search(QueryBuilder.Build(terms), Math.Max(top, 2)).ScoreDocs;
            if (found.Length == 0)
                return (Nothing(question), null);
            var signals = new ConfidenceSignals(
                TermCoverage.Of(searcher.IndexReader, found[0].Doc, terms),
                found.Length > 1 && found[0].Score > 0 ? 1 - (found[1].Score / found[0].Score) : 1,
                found[0].Score);
            var confidence = ConfidenceModel.Confidence(signals, options);
            var hits = found.Take(top).Select(d => ToHit(searcher, d)).ToList();
            return (new KnowledgeResult(question, hits, confidence, ConfidenceModel.Decide(confidence, options)), signals);
        });
    }

    private static KnowledgeHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc)
    {
        var document = searcher.Doc(scoreDoc.Doc);
        return new KnowledgeHit(
            document.Get(ArticleFields.Id),
            document.Get(ArticleFields.Title),
            document.Get(ArticleFields.Summary),
            scoreDoc.Score);
    }

    private static KnowledgeResult Nothing(string question) => new(question, [], 0, AnswerDecision.OfferHandoff);
}
