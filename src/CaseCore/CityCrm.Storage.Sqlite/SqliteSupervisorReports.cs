using CityCrm.Conversations.Model;
using CityCrm.Conversations.Supervision;
using Dapper;

namespace CityCrm.Storage.Sqlite;

/// <summary>The dashboard's reads over conversations, messages and cases, and its timeline (<c>conversation_timeline</c>).</summary>
public sealed class SqliteSupervisorReports(SqliteDatabase database) : ISupervisorReports
{
    private const string FactsSql =
        """
        WITH ids AS (
            SELECT id FROM conversations WHERE created_at >= @from AND created_at < @to
            UNION
            SELECT conversation_id FROM conversation_timeline WHERE kind = 'Queued' AND at >= @from AND at < @to
        )
        SELECT c.id AS Id, c.channel_id AS Channel, c.created_at AS CreatedAt, c.queue AS Queue,
            COALESCE((SELECT MIN(t.at) FROM conversation_timeline t WHERE t.conversation_id = c.id AND t.kind = 'Queued'), c.queued_at) AS QueuedAt,
            (SELECT MIN(t.at) FROM conversation_timeline t WHERE t.conversation_id = c.id AND t.kind = 'Assigned') AS AssignedAt,
            (SELECT MIN(m.created_at) FROM messages m WHERE m.conversation_id = c.id AND m.author_kind = 2 AND m.is_private = 0) AS FirstAgentReplyAt,
            COALESCE((SELECT MIN(t.at) FROM conversation_timeline t WHERE t.conversation_id = c.id AND t.kind = 'Resolved'), c.resolved_at) AS ResolvedAt
        FROM conversations c JOIN ids ON ids.id = c.id
        ORDER BY c.created_at, c.id;
        """;

    public async Task RecordAsync(TimelineEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            "INSERT OR IGNORE INTO conversation_timeline (conversation_id, kind, at, agent_id) VALUES (@id, @kind, @at, @agent);",
            new { id = entry.ConversationId, kind = entry.Kind.ToString(), at = SqliteConversationStore.Iso(entry.At), agent = entry.AgentId },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<ConversationFact>> ListConversationFactsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<FactRow>(new CommandDefinition(FactsSql, Range(from, to), cancellationToken: cancellationToken));
        return [.. rows.Select(r => new ConversationFact(
            r.Id, r.Channel, ContactRow.Parse(r.CreatedAt), ContactRow.ParseNullable(r.QueuedAt), ContactRow.ParseNullable(r.AssignedAt),
            ContactRow.ParseNullable(r.FirstAgentReplyAt), ContactRow.ParseNullable(r.ResolvedAt), r.Queue))];
    }

    public async Task<IReadOnlyList<ConversationCount>> CountConversationsAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(string Channel, long Status, long Count)>(new CommandDefinition(
            """
            SELECT channel_id, status, COUNT(*) FROM conversations
            WHERE status IN (1, 2) OR updated_at >= @since
            GROUP BY channel_id, status ORDER BY channel_id, status;
            """,
            new { since = SqliteConversationStore.Iso(since) }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new ConversationCount(r.Channel, (ConversationStatus)r.Status, (int)r.Count))];
    }

    public async Task<IReadOnlyList<InboundText>> ListInboundTextsAsync(DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(string At, string Channel, string Text)>(new CommandDefinition(
            """
            SELECT m.created_at, c.channel_id, m.text FROM messages m JOIN conversations c ON c.id = m.conversation_id
            WHERE m.author_kind = 0 AND m.created_at >= @from AND m.created_at < @to AND m.text IS NOT NULL AND m.text <> ''
            ORDER BY m.created_at, m.conversation_id, m.sequence LIMIT @limit;
            """,
            new { from = SqliteConversationStore.Iso(from), to = SqliteConversationStore.Iso(to), limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new InboundText(ContactRow.Parse(r.At), r.Channel, r.Text))];
    }

    public async Task<IReadOnlyList<DepartmentCases>> CountCasesAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(string Department, long New, long Open, long Closed)>(new CommandDefinition(
            """
            SELECT department,
                SUM(CASE WHEN created_at >= @since THEN 1 ELSE 0 END),
                SUM(CASE WHEN status <> 2 THEN 1 ELSE 0 END),
                SUM(CASE WHEN status = 2 AND updated_at >= @since THEN 1 ELSE 0 END)
            FROM cases WHERE created_at >= @since OR status <> 2 OR updated_at >= @since
            GROUP BY department ORDER BY department;
            """,
            new { since = SqliteConversationStore.Iso(since) }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new DepartmentCases(r.Department, (int)r.New, (int)r.Open, (int)r.Closed))];
    }

    private static object Range(DateTimeOffset from, DateTimeOffset to) =>
        new { from = SqliteConversationStore.Iso(from), to = SqliteConversationStore.Iso(to) };

    // A settable class: the empty timeline columns come back typeless, which a constructor-bound record cannot take.
    private sealed class FactRow
    {
        public string Id { get; set; } = "";
        public string Channel { get; set; } = "";
        public string CreatedAt { get; set; } = "";
        public string? QueuedAt { get; set; }
        public string? AssignedAt { get; set; }
        public string? FirstAgentReplyAt { get; set; }
        public string? ResolvedAt { get; set; }
        public string? Queue { get; set; }
    }
}
