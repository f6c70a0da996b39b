using System.Globalization;
using System.Text.Json;
using CityCrm.Knowledge;
using Dapper;

namespace CityCrm.Storage.Sqlite;

/// <summary>Knowledge articles in the embedded SQLite file; questions and tags are kept as JSON arrays.</summary>
public sealed class SqliteArticleStore(SqliteDatabase database, TimeProvider clock) : IArticleStore
{
    private const string Columns =
        "id, language, title, summary, body, questions, tags, department, owner, audience, related, valid_from, valid_until, " +
        "sms_answer, voice_answer, translation_of, source_version, version";

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
        VALUES (@Id, @Language, @Title, @Summary, @Body, @Questions, @Tags, @Department, @Owner, @Audience, @Related,
            @ValidFrom, @ValidUntil, @SmsAnswer, @VoiceAnswer, @TranslationOf, @SourceVersion, @Version, @UpdatedAt)
        ON CONFLICT (id) DO UPDATE SET language = excluded.language, title = excluded.title,
            summary = excluded.summary, body = excluded.body, questions = excluded.questions,
            tags = excluded.tags, department = excluded.department, owner = excluded.owner,
            audience = excluded.audience, related = excluded.related, valid_from = excluded.valid_from,
            valid_until = excluded.valid_until, sms_answer = excluded.sms_answer, voice_answer = excluded.voice_answer,
            translation_of = excluded.translation_of, source_version = excluded.source_version,
            version = excluded.version, updated_at = excluded.updated_at;
        """;

    public async Task UpsertAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            Upsert, Parameters(article, SqliteConversationStore.Iso(clock.GetUtcNow())), cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<Article>> ListTranslationsAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<ArticleRow>(new CommandDefinition(
            $"SELECT {Columns} FROM articles WHERE translation_of = @sourceId ORDER BY id;", new { sourceId }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToArticle())];
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteAsync(new CommandDefinition(
            "DELETE FROM articles WHERE id = @id;", new { id }, cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>
    /// Replaces the whole knowledge base in one transaction: all of the new articles, or (on failure) none.
    /// The editorial history goes with the articles it described, so that history and published set never
    /// disagree; each imported article starts its history at version 1 when an editor first opens it.
    /// </summary>
    public async Task ReplaceAllAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var now = SqliteConversationStore.Iso(clock.GetUtcNow());
        await using var db = await database.OpenAsync(cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            "DELETE FROM article_versions; DELETE FROM editorial_articles; DELETE FROM articles;", transaction: transaction, cancellationToken: cancellationToken));
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
        article.Owner,
        article.Audience,
        Related = JsonSerializer.Serialize(article.Related),
        ValidFrom = article.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ValidUntil = article.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        article.SmsAnswer,
        article.VoiceAnswer,
        article.TranslationOf,
        article.SourceVersion,
        article.Version,
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
        public string? Owner { get; set; }
        public string? Audience { get; set; }
        public string Related { get; set; } = "[]";
        public string? ValidFrom { get; set; }
        public string? ValidUntil { get; set; }
        public string? SmsAnswer { get; set; }
        public string? VoiceAnswer { get; set; }
        public string? TranslationOf { get; set; }
        public long? SourceVersion { get; set; }
        public long Version { get; set; } = 1;

        public Article ToArticle() => new(
            Id, Title, Summary, Body,
            JsonSerializer.Deserialize<string[]>(Questions) ?? [],
            JsonSerializer.Deserialize<string[]>(Tags) ?? [],
            Department, Language)
        {
            Owner = Owner,
            Audience = Audience,
            Related = JsonSerializer.Deserialize<string[]>(Related) ?? [],
            ValidFrom = Day(ValidFrom),
            ValidUntil = Day(ValidUntil),
            SmsAnswer = SmsAnswer,
            VoiceAnswer = VoiceAnswer,
            TranslationOf = TranslationOf,
            SourceVersion = (int?)SourceVersion,
            Version = (int)Version,
        };

        private static DateOnly? Day(string? text) =>
            text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
