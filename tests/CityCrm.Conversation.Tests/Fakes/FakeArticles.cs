using System.Collections.Concurrent;
using CityCrm.Knowledge;

namespace CityCrm.Conversations.Tests.Fakes;

/// <summary>The published articles the bot reads channel variants from; empty unless a test adds some.</summary>
public sealed class FakeArticles : IArticleStore
{
    private readonly ConcurrentDictionary<string, Article> articles = new(StringComparer.Ordinal);

    public Task<Article?> GetAsync(string id, CancellationToken cancellationToken) => Task.FromResult(articles.GetValueOrDefault(id));

    public Task<IReadOnlyList<Article>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Article>>([.. articles.Values.OrderBy(a => a.Id, StringComparer.Ordinal)]);

    public Task<int> CountAsync(CancellationToken cancellationToken) => Task.FromResult(articles.Count);

    public Task UpsertAsync(Article article, CancellationToken cancellationToken)
    {
        articles[article.Id] = article;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Article>> ListTranslationsAsync(string sourceId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Article>>([.. articles.Values.Where(a => a.TranslationOf == sourceId)]);

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => Task.FromResult(articles.TryRemove(id, out _));
}
