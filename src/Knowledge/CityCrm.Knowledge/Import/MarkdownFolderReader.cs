using CityCrm.Knowledge.Content;

namespace CityCrm.Knowledge.Import;

/// <summary>
/// Reads a folder of Markdown articles for an import, like <see cref="ArticleFolder"/>, but checks every
/// file and reports each bad one (file and line) instead of stopping at the first.
/// </summary>
public static class MarkdownFolderReader
{
    /// <summary>Reads every <c>*.md</c> file of <paramref name="folder"/> in name order.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static async Task<ImportBatch> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"The folder '{folder}' does not exist.");
        var articles = new List<Article>();
        var errors = new List<ImportLineError>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            try
            {
                var article = MarkdownArticleParser.Parse(await File.ReadAllTextAsync(path, cancellationToken), fileName);
                var expected = Path.GetFileNameWithoutExtension(path);
                if (article.Id != expected)
                    throw new ArticleFormatException(fileName, null, $"id '{article.Id}' must equal the file name '{expected}'");
                articles.Add(article);
            }
            catch (ArticleFormatException e)
            {
                errors.Add(new ImportLineError(e.Line, e.Problem) { Source = e.Source });
            }
        }
        return new ImportBatch(articles, errors);
    }
}
