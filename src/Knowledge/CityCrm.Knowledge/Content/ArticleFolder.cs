namespace CityCrm.Knowledge.Content;

/// <summary>Reads every <c>*.md</c> article of a content folder.</summary>
public static class ArticleFolder
{
    /// <summary>
    /// Parses every article in <paramref name="folder"/> (not recursive), in file name order. Each id must
    /// equal its file name, so that the file a resident's link points to is easy to find (and ids are unique).
    /// </summary>
    /// <exception cref="ArticleFormatException">A file is invalid.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static async Task<IReadOnlyList<Article>> ReadAllAsync(string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"The knowledge content folder '{folder}' does not exist.");
        var articles = new List<Article>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            var text = await File.ReadAllTextAsync(path, cancellationToken);
            var article = MarkdownArticleParser.Parse(text, fileName);
            var expected = Path.GetFileNameWithoutExtension(path);
            if (article.Id != expected)
                throw new ArticleFormatException(fileName, null, $"id '{article.Id}' must equal the file name '{expected}'");
            articles.Add(article);
        }
        return articles;
    }
}
