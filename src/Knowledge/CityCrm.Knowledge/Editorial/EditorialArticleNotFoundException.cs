namespace CityCrm.Knowledge.Editorial;

/// <summary>No article, published or in the editorial history, has this id (or this version).</summary>
public sealed class EditorialArticleNotFoundException(string articleId, int? version = null)
    : KeyNotFoundException(version is null ? $"No article has the id '{articleId}'." : $"Article '{articleId}' has no version {version}.")
{
    public string ArticleId { get; } = articleId;
}
