using CityCrm.Conversations.Audit;
using Dapper;

namespace CityCrm.Storage.Sqlite;

/// <summary>The append-only audit trail in the embedded database.</summary>
public sealed class SqliteAuditLog(SqliteDatabase database) : IAuditLog
{
    public async Task WriteAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        await database.WriteAsync((db, tx, ct) => db.ExecuteAsync(new CommandDefinition(
            "INSERT INTO audit_log (at, actor, action, conversation_id, arguments, outcome, duration_ms) VALUES (@At, @Actor, @Action, @ConversationId, @Arguments, @Outcome, @DurationMs);",
            new { At = SqliteConversationStore.Iso(record.At), record.Actor, record.Action, record.ConversationId, record.Arguments, record.Outcome, record.DurationMs },
            tx, cancellationToken: ct)), cancellationToken);
    }

    public async Task<IReadOnlyList<AuditRecord>> ListAsync(string? conversationId, int limit, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<AuditRow>(new CommandDefinition(
            "SELECT at, actor, action, conversation_id, arguments, outcome, duration_ms FROM audit_log WHERE @conversationId IS NULL OR conversation_id = @conversationId ORDER BY id DESC LIMIT @limit;",
            new { conversationId, limit }, cancellationToken: cancellationToken));
        return rows.Select(r => new AuditRecord(ContactRow.Parse(r.At), r.Actor, r.Action, r.ConversationId, r.Arguments, r.Outcome, r.DurationMs)).ToList();
    }

    private sealed class AuditRow
    {
        public string At { get; set; } = "";
        public string Actor { get; set; } = "";
        public string Action { get; set; } = "";
        public string? ConversationId { get; set; }
        public string? Arguments { get; set; }
        public string? Outcome { get; set; }
        public double DurationMs { get; set; }
    }
}
