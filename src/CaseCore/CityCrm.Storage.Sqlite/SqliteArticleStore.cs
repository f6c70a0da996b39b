using System.Text.Json;
using CityCrm.Knowledge;
using Dapper;

namespace CityCrm.Storage.Sqlite;

/// <summary>Knowledge articles in the embedded SQLite file; questions and tags are kept as JSON arrays.</summary>
public sealed class SqliteArticleStore(SqliteDatabase database, TimeProvider clock) : IArticleStore
{
    private const string Columns = "id, language, title, summary, body, questions, tags, department";

    public async Task<Article?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<ArticleRow>(new CommandDefinition(
            $"SELECT {Columns} FROM articles WHERE id = @id;", new { id }, cancellationToken: cancellationToken));
        return row?.ToArticle();
    }

    public async Task<IReadOnlyList<Article>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<ArticleRow>(new CommandDefinition(
            $"SELECT {Columns} FROM articles ORDER BY id;", cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToArticle())];
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM articles;", cancellationToken: cancellationToken));
    }

    private const string Upsert =
        $"""
        INSERT INTO articles ({Columns}, updated_at)
        VALUES (@Id, @Language, @Title, @Summary, @Body, @Questions, @Tags, @Department, @UpdatedAt)
        ON CONFLICT (id) DO UPDATE SET language = excluded.language, title = excluded.title,
            summary = excluded.summary, body = excluded.body, questions = excluded.questions,
            tags = excluded.tags, department = excluded.department, updated_at = excluded.updated_at;
        """;

    public async Task UpsertAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            Upsert, Parameters(article, SqliteConversationStore.Iso(clock.GetUtcNow())), cancellationToken: cancellationToken));
    }

    /// <summary>Replaces every stored article in one transaction: all of the new ones, or (on failure) none.</summary>
    public async Task ReplaceAllAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var now = SqliteConversationStore.Iso(clock.GetUtcNow());
        await using var db = await database.OpenAsync(cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition("DELETE FROM articles;", transaction: transaction, cancellationToken: cancellationToken));
        foreach (var article in articles)
            await db.ExecuteAsync(new CommandDefinition(Upsert, Parameters(article, now), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    private static object Parameters(Article article, string updatedAt) => new
    {
        article.Id,
        article.Language,
        article.Title,
        article.Summary,
        article.Body,
        Questions = JsonSerializer.Serialize(article.Questions),
        Tags = JsonSerializer.Serialize(article.Tags),
        article.Department,
        UpdatedAt = updatedAt,
    };

    // Dapper row shape: column names map to these properties.
    private sealed class ArticleRow
    {
        public string Id { get; set; } = "";
        public string Language { get; set; } = "en";
        public string Title { get; set; } = "";
        public string Summary { get; set; } = "";
        public string Body { get; set; } = "";
        public string Questions { get; set; } = "[]";
        public string Tags { get; set; } = "[]";
        public string? Department { get; set; }

        public Article ToArticle() => new(
            Id, Title, Summary, Body,
            JsonSerializer.Deserialize<string[]>(Questions) ?? [],
            JsonSerializer.Deserialize<string[]>(Tags) ?? [],
            Department, Language);
    }
}
