using System.Globalization;
using System.Text.Json;
using CityCrm.Knowledge;
using CityCrm.Storage.Sqlite;
using Dapper;

namespace CityCrm.City311.Cli;

/// <summary>Replaces every stored article in one transaction: all of the new ones, or (on failure) none.</summary>
public sealed class SqliteArticleReplacer(SqliteDatabase database, TimeProvider clock)
{
    public async Task ReplaceAllAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        await using var db = await database.OpenAsync(cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition("DELETE FROM articles;", transaction: transaction, cancellationToken: cancellationToken));
        // The same timestamp format as the stores write.
        var now = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        foreach (var article in articles)
        {
            await db.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO articles (id, language, title, summary, body, questions, tags, department, updated_at)
                VALUES (@Id, @Language, @Title, @Summary, @Body, @Questions, @Tags, @Department, @UpdatedAt);
                """,
                new
                {
                    article.Id,
                    article.Language,
                    article.Title,
                    article.Summary,
                    article.Body,
                    Questions = JsonSerializer.Serialize(article.Questions),
                    Tags = JsonSerializer.Serialize(article.Tags),
                    article.Department,
                    UpdatedAt = now,
                },
                transaction: transaction,
                cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
