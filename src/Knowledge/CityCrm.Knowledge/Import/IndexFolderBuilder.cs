using CityCrm.Knowledge.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace CityCrm.Knowledge.Import;

/// <summary>
/// Writes a complete article index into a folder of its own, with the same analyzer and documents as
/// <see cref="LuceneArticleIndex"/>, so that it can replace the serving index in one step.
/// </summary>
public static class IndexFolderBuilder
{
    /// <summary>Creates (or overwrites) the index in <paramref name="folder"/>; <paramref name="progress"/> gets the count every <paramref name="every"/> articles.</summary>
    public static int Build(string folder, IEnumerable<Article> articles, int every, Action<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        System.IO.Directory.CreateDirectory(folder);
        using var analyzers = new LanguageAnalyzers();
        using var directory = FSDirectory.Open(folder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(KnowledgeAnalyzer.Version, analyzers.English)
        {
            OpenMode = OpenMode.CREATE,
        });
        var count = 0;
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.AddDocument(ArticleDocuments.ToDocument(article), analyzers.For(article.Language));
            count++;
            if (every > 0 && count % every == 0)
                progress?.Invoke(count);
        }
        // One segment: the serving index answers each term with one lookup instead of one per segment.
        writer.ForceMerge(1);
        writer.Commit();
        return count;
    }
}
