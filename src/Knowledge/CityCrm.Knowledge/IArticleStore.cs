namespace CityCrm.Knowledge;

/// <summary>The articles' source of truth; the Lucene index is derived from it.</summary>
public interface IArticleStore
{
    Task<Article?> GetAsync(string id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Article>> ListAsync(CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>Inserts or replaces an article by id.</summary>
    Task UpsertAsync(Article article, CancellationToken cancellationToken);

    /// <summary>The published translations of the article <paramref name="sourceId"/> (those naming it as their source).</summary>
    Task<IReadOnlyList<Article>> ListTranslationsAsync(string sourceId, CancellationToken cancellationToken);

    /// <summary>Removes the article with this id, so it no longer answers; false when there was none.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);
}
