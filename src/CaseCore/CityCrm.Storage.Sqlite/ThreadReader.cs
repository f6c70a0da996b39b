using CityCrm.Conversations.Model;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CityCrm.Storage.Sqlite;

/// <summary>Reads a person's thread a page at a time on <c>ix_messages_thread</c> (migration 0055).</summary>
internal static class ThreadReader
{
    private static readonly string Columns = string.Join(", ", MessageWriter.Columns.Split(", ").Select(c => "m." + c)) + ", c.channel_id";

    // Row values compare the whole key at once, so the index is walked backwards from the cursor and no further than a page.
    private static readonly string Latest = Query("m.contact_id = @contactId");
    private static readonly string Before = Query(
        "m.contact_id = @contactId AND (m.created_at, m.conversation_id, m.sequence) < (@createdAt, @conversationId, @sequence)");

    public static async Task<IReadOnlyList<ThreadMessage>> ReadAsync(
        SqliteConnection db, string contactId, ThreadPosition? before, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var rows = await db.QueryAsync<ThreadMessageRow>(new CommandDefinition(
            before is null ? Latest : Before,
            new
            {
                contactId,
                limit,
                createdAt = before is null ? null : SqliteConversationStore.Iso(before.CreatedAt),
                conversationId = before?.ConversationId,
                sequence = before?.Sequence ?? 0,
            }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new ThreadMessage(r.ChannelId, r.ToMessage()))];
    }

    private static string Query(string where) => $"""
        SELECT {Columns} FROM messages m JOIN conversations c ON c.id = m.conversation_id
        WHERE {where}
        ORDER BY m.created_at DESC, m.conversation_id DESC, m.sequence DESC LIMIT @limit;
        """;
}
