using CityCrm.Channels.Schema;
using CityCrm.Conversations.Model;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CityCrm.Storage.Sqlite;

/// <summary>Transcript reads and the append, shared by the stores that write a message together with other rows.</summary>
internal static class MessageWriter
{
    public const string Columns =
        "conversation_id, sequence, direction, author_kind, author_id, author_name, is_private, text, activity, external_id, created_at, delivery_status, provider_message_id, delivery_error";

    /// <summary>Appends within <paramref name="tx"/>, which must hold the write lock (BEGIN IMMEDIATE) so the duplicate check and the sequence are race-free.</summary>
    public static async Task<AppendResult> AppendAsync(SqliteConnection db, SqliteTransaction tx, Message message, CancellationToken cancellationToken)
    {
        if (message.ExternalId is not null)
        {
            var existing = await db.QuerySingleOrDefaultAsync<MessageRow>(new CommandDefinition(
                $"SELECT {Columns} FROM messages WHERE conversation_id = @ConversationId AND external_id = @ExternalId;",
                new { message.ConversationId, message.ExternalId }, tx, cancellationToken: cancellationToken));
            if (existing is not null)
                return new AppendResult(existing.ToMessage(), true);
        }
        var next = await db.QuerySingleOrDefaultAsync<(long Sequence, string? ContactId)>(new CommandDefinition(
            "UPDATE conversations SET last_sequence = last_sequence + 1 WHERE id = @ConversationId RETURNING last_sequence, contact_id;",
            new { message.ConversationId }, tx, cancellationToken: cancellationToken));
        if (next.Sequence == 0)
            throw new InvalidOperationException($"Conversation {message.ConversationId} does not exist.");
        message.Sequence = next.Sequence;
        // The contact rides along on the message so a person's thread pages on one index (migration 0055).
        await db.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO messages ({Columns}, handled, contact_id) VALUES (@ConversationId, @Sequence, @Direction, @AuthorKind, @AuthorId, @AuthorName,
                @IsPrivate, @Text, @Activity, @ExternalId, @CreatedAt, @DeliveryStatus, @ProviderMessageId, @DeliveryError, @Handled, @ContactId);
            """,
            new
            {
                next.ContactId,
                message.ConversationId,
                message.Sequence,
                Direction = (int)message.Direction,
                AuthorKind = (int)message.AuthorKind,
                message.AuthorId,
                message.AuthorName,
                IsPrivate = message.IsPrivate ? 1 : 0,
                message.Text,
                Activity = ActivityJson.Serialize(message.Activity),
                message.ExternalId,
                CreatedAt = SqliteConversationStore.Iso(message.CreatedAt),
                message.DeliveryStatus,
                message.ProviderMessageId,
                message.DeliveryError,
                Handled = message.Direction == MessageDirection.Incoming ? 0 : 1,
            }, tx, cancellationToken: cancellationToken));
        return new AppendResult(message, false);
    }

    public static async Task<Message?> GetAsync(SqliteConnection db, SqliteTransaction? tx, string conversationId, long sequence, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<MessageRow>(new CommandDefinition(
            $"SELECT {Columns} FROM messages WHERE conversation_id = @conversationId AND sequence = @sequence;",
            new { conversationId, sequence }, tx, cancellationToken: cancellationToken));
        return row?.ToMessage();
    }
}
