using System.Diagnostics;
using CityCrm.Knowledge;
using CityCrm.Knowledge.Indexing;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CityCrm.Bench;

/// <summary>
/// Times a full index build through <see cref="LuceneArticleIndex.Rebuild"/> (the path the seeder takes),
/// against a floor: the same documents' text added to a bare Lucene index as one untokenized, unstored
/// <see cref="StringField"/> each, with the same directory type, one commit and one reader open. The floor
/// pays Lucene's per-document and I/O costs but no analysis, no postings per word and no term vectors,
/// which is what the real build adds.
/// </summary>
internal static class BuildBench
{
    /// <summary>Seconds a build of 50k articles may take.</summary>
    public const double TargetSeconds50k = 60;

    public static (List<Figure> Figures, LuceneArticleIndex Index) Run(IReadOnlyList<Article> articles, string folder, KnowledgeOptions options)
    {
        var label = Label(articles.Count);
        var floorSeconds = Floor(articles, Path.Combine(folder, "floor"));
        var watch = Stopwatch.StartNew();
        var index = new LuceneArticleIndex(options);
        index.Rebuild(articles);
        var seconds = watch.Elapsed.TotalSeconds;
        if (index.Count() != articles.Count)
            throw new InvalidOperationException($"Indexed {index.Count()} of {articles.Count} articles.");
        var is50k = articles.Count == 50_000;
        List<Figure> figures =
        [
            new($"build.{label}.time", seconds, floorSeconds, "s", is50k ? TargetSeconds50k : null, LowerIsBetter: true),
            new($"build.{label}.rate", articles.Count / seconds, articles.Count / floorSeconds, "/s",
                is50k ? 50_000 / TargetSeconds50k : null, LowerIsBetter: false),
        ];
        return (figures, index);
    }

    public static string Label(int count) => count % 1000 == 0 ? $"{count / 1000}k" : count.ToString();

    private static double Floor(IReadOnlyList<Article> articles, string path)
    {
        System.IO.Directory.CreateDirectory(path);
        var watch = Stopwatch.StartNew();
        using (var directory = FSDirectory.Open(path))
        using (var analyzer = new KeywordAnalyzer())
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { OpenMode = OpenMode.CREATE }))
        {
            foreach (var article in articles)
            {
                var text = string.Join('\n', [article.Title, article.Summary, article.Body, .. article.Questions, .. article.Tags]);
                writer.AddDocument([new StringField("text", text, Field.Store.NO)]);
            }
            writer.Commit();
            using var reader = DirectoryReader.Open(directory);
            if (reader.NumDocs != articles.Count)
                throw new InvalidOperationException("The floor index lost documents.");
        }
        return watch.Elapsed.TotalSeconds;
    }
}
