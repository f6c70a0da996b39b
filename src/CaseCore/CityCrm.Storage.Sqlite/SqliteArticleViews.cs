using System.Globalization;
using CityCrm.Knowledge.Insights;
using Dapper;

namespace CityCrm.Storage.Sqlite;

/// <summary>Article page views per day in the embedded database: one upsert per view.</summary>
public sealed class SqliteArticleViews(SqliteDatabase database) : IArticleViews
{
    public async Task RecordViewAsync(string articleId, DateOnly day, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            "INSERT INTO article_views (article_id, day, views) VALUES (@articleId, @day, 1) ON CONFLICT (article_id, day) DO UPDATE SET views = views + 1;",
            new { articleId, day = Day(day) }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyDictionary<string, long>> CountSinceAsync(DateOnly since, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(string ArticleId, long Views)>(new CommandDefinition(
            "SELECT article_id, SUM(views) FROM article_views WHERE day >= @since GROUP BY article_id;",
            new { since = Day(since) }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.ArticleId, r => r.Views, StringComparer.Ordinal);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
