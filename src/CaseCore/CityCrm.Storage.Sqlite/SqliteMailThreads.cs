using CityCrm.Conversations.Mail;
using Dapper;

namespace CityCrm.Storage.Sqlite;

/// <summary>Mail threads in the embedded database; the first record of a Message-ID on an inbox wins.</summary>
public sealed class SqliteMailThreads(SqliteDatabase database) : IMailThreads
{
    private const string Columns = "message_id AS MessageId, conversation_id AS ConversationId, inbox_id AS InboxId, "
        + "outgoing AS Outgoing, subject AS Subject, sequence AS Sequence, at AS At";

    public async Task<bool> RecordAsync(MailThreadEntry entry, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.MessageId);
        await using var db = await database.OpenAsync(cancellationToken);
        var inserted = await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO mail_threads (inbox_id, message_id, conversation_id, outgoing, subject, sequence, at)
            VALUES (@InboxId, @MessageId, @ConversationId, @Outgoing, @Subject, @Sequence, @At)
            ON CONFLICT (inbox_id, message_id) DO NOTHING;
            """,
            new { entry.InboxId, entry.MessageId, entry.ConversationId, Outgoing = entry.Outgoing ? 1 : 0, entry.Subject,
                entry.Sequence, At = entry.At.ToUniversalTime().ToString("O") },
            cancellationToken: cancellationToken));
        return inserted == 1;
    }

    public async Task<string?> FindConversationAsync(string inboxId, IReadOnlyCollection<string> messageIds, CancellationToken cancellationToken)
    {
        if (messageIds.Count == 0)
            return null;
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.QueryFirstOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT conversation_id FROM mail_threads WHERE inbox_id = @inboxId AND message_id IN @messageIds ORDER BY at DESC LIMIT 1;",
            new { inboxId, messageIds }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<MailThreadEntry>> ListAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM mail_threads WHERE conversation_id = @conversationId ORDER BY at, rowid;",
            new { conversationId }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToEntry())];
    }

    private sealed record Row(string MessageId, string ConversationId, string InboxId, long Outgoing, string Subject, long? Sequence, string At)
    {
        public MailThreadEntry ToEntry() =>
            new(MessageId, ConversationId, InboxId, Outgoing != 0, Subject, Sequence, ContactRow.Parse(At));
    }
}
