using CityCrm.Knowledge;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos;

/// <summary>
/// Published articles in container <c>articles</c>, one document per article partitioned by its id: the bot never
/// reads here per message (it answers from the Lucene index), so the index rebuild and the editors' lists may read
/// across partitions; fetching one article for an answer or a re-index is a point read.
/// </summary>
public sealed class CosmosArticleStore(CosmosStorage storage) : IArticleStore
{
    public static readonly CosmosContainerSpec Container = new("articles");

    private readonly CosmosCollection articles = storage.Collection(Container.Name);

    public async Task<Article?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var key = CosmosKeys.Escape(id);
        return (await articles.ReadAsync<ArticleDocument>(key, key, cancellationToken))?.Document.Article;
    }

    public async Task<IReadOnlyList<Article>> ListAsync(CancellationToken cancellationToken) =>
        Ordered(await articles.QueryAsync<ArticleDocument>(new QueryDefinition("SELECT * FROM c"), null, int.MaxValue, cancellationToken));

    public async Task<int> CountAsync(CancellationToken cancellationToken) =>
        (await articles.QueryAsync<int>(new QueryDefinition("SELECT VALUE COUNT(1) FROM c"), null, int.MaxValue, cancellationToken)).Sum();

    public Task UpsertAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var key = CosmosKeys.Escape(article.Id);
        return articles.UpsertAsync(new ArticleDocument(key, key, article.TranslationOf, article), key, cancellationToken);
    }

    public async Task<IReadOnlyList<Article>> ListTranslationsAsync(string sourceId, CancellationToken cancellationToken) =>
        Ordered(await articles.QueryAsync<ArticleDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.translationOf = @source").WithParameter("@source", sourceId),
            null, int.MaxValue, cancellationToken));

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var key = CosmosKeys.Escape(id);
        return articles.DeleteAsync(key, key, cancellationToken);
    }

    // Ordered here rather than by the query: ids sort by ordinal comparison, as in every store.
    private static List<Article> Ordered(IEnumerable<ArticleDocument> documents) =>
        documents.Select(d => d.Article).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();

    private sealed record ArticleDocument(string Id, string Pk, string? TranslationOf, Article Article);
}
