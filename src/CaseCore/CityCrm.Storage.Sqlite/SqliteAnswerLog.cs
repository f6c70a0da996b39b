using CityCrm.Knowledge.Insights;
using Dapper;

namespace CityCrm.Storage.Sqlite;

/// <summary>The answer records in the embedded database (table <c>answer_log</c>).</summary>
public sealed class SqliteAnswerLog(SqliteDatabase database) : IAnswerLog
{
    private const string Select = "SELECT " + AnswerLogRow.Columns + " FROM answer_log ";

    public async Task AddAsync(AnswerRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await database.WriteAsync((db, tx, ct) => db.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO answer_log ({AnswerLogRow.Columns}) VALUES (@Id, @At, @ConversationId, @MessageId, @MessageSequence, @Channel, @Language, @Question, @Hits, " +
            "@Confidence, @Decision, @Outcome, @ArticleId, @ArticleVersion, @Helpful, @FeedbackAt, @HandoffAt, @HandledAt, @HandledArticleId);",
            AnswerLogRow.From(record), tx, cancellationToken: ct)), cancellationToken);
    }

    public async Task<AnswerRecord?> GetAsync(string id, CancellationToken cancellationToken) =>
        (await QueryAsync(Select + "WHERE id = @id;", new { id }, cancellationToken)).FirstOrDefault();

    public async Task<AnswerRecord?> FindLatestAsync(string conversationId, CancellationToken cancellationToken) =>
        (await QueryAsync(Select + "WHERE conversation_id = @conversationId ORDER BY at DESC, rowid DESC LIMIT 1;", new { conversationId }, cancellationToken))
        .FirstOrDefault();

    public Task<IReadOnlyList<AnswerRecord>> ListForConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        QueryAsync(Select + "WHERE conversation_id = @conversationId ORDER BY at, rowid;", new { conversationId }, cancellationToken);

    public Task<IReadOnlyList<AnswerRecord>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        QueryAsync(Select + "WHERE at >= @since ORDER BY at, rowid;", new { since = SqliteConversationStore.Iso(since) }, cancellationToken);

    public async Task<bool> SetFeedbackAsync(string id, bool helpful, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteAsync(new CommandDefinition(
            "UPDATE answer_log SET helpful = @helpful, feedback_at = @at WHERE id = @id;",
            new { id, helpful = helpful ? 1 : 0, at = SqliteConversationStore.Iso(at) }, cancellationToken: cancellationToken)) > 0;
    }

    public async Task<string?> RecordHandoffAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        // One statement, so a concurrent answer cannot slip between reading the latest record and marking it.
        return await db.ExecuteScalarAsync<string?>(new CommandDefinition(
            """
            UPDATE answer_log SET handoff_at = @at
            WHERE id = (SELECT id FROM answer_log WHERE conversation_id = @conversationId AND at <= @at ORDER BY at DESC, rowid DESC LIMIT 1)
              AND handoff_at IS NULL
            RETURNING id;
            """,
            new { conversationId, at = SqliteConversationStore.Iso(at) }, cancellationToken: cancellationToken));
    }

    public async Task<int> MarkHandledAsync(IReadOnlyCollection<string> ids, string? articleId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
            return 0;
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteAsync(new CommandDefinition(
            "UPDATE answer_log SET handled_at = @at, handled_article_id = @articleId WHERE handled_at IS NULL AND id IN @ids;",
            new { ids, articleId, at = SqliteConversationStore.Iso(at) }, cancellationToken: cancellationToken));
    }

    private async Task<IReadOnlyList<AnswerRecord>> QueryAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<AnswerLogRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRecord())];
    }
}
