using CityCrm.Knowledge.Content;

namespace CityCrm.Knowledge.Import;

/// <summary>Writes a knowledge base out in either import format: JSON Lines, or a folder of Markdown files.</summary>
public static class ArticleExport
{
    /// <summary>Writes <paramref name="articles"/> to the JSON Lines file <paramref name="path"/> (replaced if present).</summary>
    public static async Task ToJsonLinesAsync(string path, IReadOnlyList<Article> articles, Action<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        // Written beside the target and moved into place, so a failed export never leaves half a file.
        var partial = path + ".partial";
        await using (var writer = new StreamWriter(partial, append: false, new System.Text.UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            for (var i = 0; i < articles.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await writer.WriteLineAsync(ArticleJsonlWriter.Line(articles[i]));
                progress?.Invoke(i + 1);
            }
        }
        File.Move(partial, path, overwrite: true);
    }

    /// <summary>
    /// Writes one <c>{id}.md</c> per article into <paramref name="folder"/>, which must be empty or absent,
    /// so an export never mixes with (or overwrites) other files.
    /// </summary>
    /// <exception cref="IOException">The folder holds files already.</exception>
    public static async Task ToMarkdownFolderAsync(string folder, IReadOnlyList<Article> articles, Action<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new IOException($"The folder '{folder}' is not empty; export into a new or empty folder.");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < articles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var article = articles[i];
            await File.WriteAllTextAsync(Path.Combine(folder, article.Id + ".md"), MarkdownArticleWriter.Write(article), cancellationToken);
            progress?.Invoke(i + 1);
        }
    }
}
