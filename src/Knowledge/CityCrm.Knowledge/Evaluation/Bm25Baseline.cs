using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CityCrm.Knowledge.Evaluation;

/// <summary>
/// A plain BM25 ranking to compare the service's ranking with: an in-memory index of the same articles
/// with Lucene's StandardAnalyzer, every field in one text field, and the question's words as optional
/// terms, without boosts, synonyms or re-ranking.
/// </summary>
public sealed class Bm25Baseline : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string IdField = "id";
    private const string TextField = "text";

    private readonly RAMDirectory directory = new();
    private readonly Analyzer analyzer = new StandardAnalyzer(Version);
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    public Bm25Baseline(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { Similarity = new BM25Similarity() }))
        {
            foreach (var article in articles)
            {
                var text = string.Join("\n", [article.Title, article.Summary, article.Body, .. article.Questions, .. article.Tags]);
                writer.AddDocument(new Document
                {
                    new StringField(IdField, article.Id, Field.Store.YES),
                    new Lucene.Net.Documents.TextField(TextField, text, Field.Store.NO),
                });
            }
            writer.Commit();
        }
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>The ids of the best <paramref name="top"/> articles for the question, best first.</summary>
    public IReadOnlyList<string> Search(string question, int top)
    {
        var query = new BooleanQuery();
        using (var stream = analyzer.GetTokenStream(TextField, new StringReader(question ?? "")))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken() && query.Clauses.Count < BooleanQuery.MaxClauseCount)
                query.Add(new TermQuery(new Term(TextField, term.ToString())), Occur.SHOULD);
            stream.End();
        }
        if (query.Clauses.Count == 0)
            return [];
        return [.. searcher.Search(query, Math.Max(1, top)).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(IdField))];
    }

    public void Dispose()
    {
        reader.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }
}
