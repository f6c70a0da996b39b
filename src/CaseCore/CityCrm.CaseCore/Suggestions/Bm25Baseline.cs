using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CityCrm.CaseCore.Suggestions;

/// <summary>
/// The plain baseline the ranker is measured against: a Lucene index with one document per service holding
/// name, description and keywords in one field, StandardAnalyzer, default BM25, the description's words as
/// optional terms. Nothing else: no stemming, no keyword phrases, no typo handling, no history. Scores are
/// BM25's share of the top score, so they are comparable within one query only.
/// </summary>
public sealed class Bm25Baseline : IServiceRanker, IDisposable
{
    private const string TextField = "text";
    private readonly IReadOnlyList<ServiceDefinition> services;
    private readonly RAMDirectory directory = new();
    private readonly Analyzer analyzer = new StandardAnalyzer(LuceneVersion.LUCENE_48);
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    public Bm25Baseline(IReadOnlyList<ServiceDefinition> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        this.services = services;
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < services.Count; i++)
            {
                var s = services[i];
                writer.AddDocument(new Document
                {
                    new StoredField("i", i),
                    new Lucene.Net.Documents.TextField(TextField, $"{s.Name} {s.Description} {string.Join(", ", s.Keywords)}", Lucene.Net.Documents.Field.Store.NO),
                });
            }
        }
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    public IReadOnlyList<ServiceMatch> Rank(string text, int top)
    {
        if (string.IsNullOrWhiteSpace(text) || top <= 0)
            return [];
        var query = new BooleanQuery();
        using (var stream = analyzer.GetTokenStream(TextField, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
                query.Add(new TermQuery(new Term(TextField, term.ToString())), Occur.SHOULD);
            stream.End();
        }
        if (query.Clauses.Count == 0)
            return [];
        var hits = searcher.Search(query, top).ScoreDocs;
        if (hits.Length == 0)
            return [];
        var best = hits[0].Score;
        return [.. hits.Select(h => new ServiceMatch(services[searcher.Doc(h.Doc).GetField("i").GetInt32Value()!.Value], Math.Round(h.Score / best, 3)))];
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }
}
