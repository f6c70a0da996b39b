using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using Dapper;
using Microsoft.Data.Sqlite;
using static CityCrm.Storage.Sqlite.SqliteConversationStore;

namespace CityCrm.Storage.Sqlite;

/// <summary>
/// The outbox in the embedded SQLite file. Each change to an entry and the resulting change to its message's
/// delivery fields commit together, so the transcript never disagrees with the outbox.
/// </summary>
public sealed class SqliteOutboxStore(SqliteDatabase database) : IOutboxStore
{
    public async Task<IReadOnlyList<OutboxEntry>> GetHeadsAsync(int limit, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<OutboxRow>(new CommandDefinition(
            $"""
            {OutboxRow.Select}
            WHERE o.status = 'pending'
              AND o.id = (SELECT MIN(p.id) FROM outbox p WHERE p.conversation_id = o.conversation_id AND p.status = 'pending')
            ORDER BY o.next_attempt_at, o.id LIMIT @limit;
            """,
            new { limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToEntry()).ToList();
    }

    public async Task<OutboxBacklog> GetBacklogAsync(CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var (pending, oldest) = await db.QuerySingleAsync<(long, string?)>(new CommandDefinition(
            "SELECT COUNT(*), MIN(created_at) FROM outbox WHERE status = 'pending';", cancellationToken: cancellationToken));
        return new OutboxBacklog(pending, oldest is null ? null : ContactRow.Parse(oldest));
    }

    public Task<Message?> CompleteAsync(long entryId, DeliveryState outcome, DateTimeOffset at, CancellationToken cancellationToken) =>
        UpdatePendingAsync(
            "status = @Status, provider_message_id = @ProviderMessageId, error = @Error",
            new { entryId, outcome.Status, outcome.ProviderMessageId, outcome.Error, at = Iso(at) }, cancellationToken);

    public Task<Message?> RetryLaterAsync(long entryId, DateTimeOffset nextAttemptAt, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        UpdatePendingAsync(
            "next_attempt_at = @next, error = @reason",
            new { entryId, next = Iso(nextAttemptAt), reason, at = Iso(at) }, cancellationToken);

    // Once per hand-over to a provider: shares the hot writes' group commit rather than waiting on their lock.
    public Task MarkAttemptAsync(long entryId, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync((db, tx, ct) => db.ExecuteAsync(new CommandDefinition(
            "UPDATE outbox SET attempt_started_at = COALESCE(attempt_started_at, @at) WHERE id = @entryId AND status = 'pending';",
            new { entryId, at = Iso(at) }, tx, cancellationToken: ct)), cancellationToken);

    public async Task<IReadOnlySet<string>> FindRecordedAsync(string channelId, IReadOnlyCollection<string> providerMessageIds, CancellationToken cancellationToken)
    {
        if (providerMessageIds.Count == 0)
            return new HashSet<string>(StringComparer.Ordinal);
        await using var db = await database.OpenAsync(cancellationToken);
        var found = await db.QueryAsync<string>(new CommandDefinition(
            "SELECT provider_message_id FROM outbox WHERE channel_id = @channelId AND provider_message_id IN @providerMessageIds;",
            new { channelId, providerMessageIds }, cancellationToken: cancellationToken));
        return found.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<DeliveryUpdate> ApplyReportAsync(DeliveryReport report, CancellationToken cancellationToken)
    {
        var status = report.Status.Trim().ToLowerInvariant();
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = db.BeginTransaction(deferred: false);
        var entry = await db.QuerySingleOrDefaultAsync<(long Id, string ConversationId, long Sequence, string Status)>(new CommandDefinition(
            "SELECT id, conversation_id, sequence, status FROM outbox WHERE channel_id = @ChannelId AND provider_message_id = @ProviderMessageId;",
            new { report.ChannelId, report.ProviderMessageId }, tx, cancellationToken: cancellationToken));
        if (entry.ConversationId is null)
            return new DeliveryUpdate(false, null);
        if (!DeliveryStatuses.CanMove(entry.Status, status))
            return new DeliveryUpdate(true, null);
        await db.ExecuteAsync(new CommandDefinition(
            "UPDATE outbox SET status = @status, error = COALESCE(@error, error), updated_at = @at WHERE id = @Id;",
            new { status, error = DeliveryStatuses.IsProblem(status) ? report.ErrorCode : null, at = Iso(report.At), entry.Id }, tx, cancellationToken: cancellationToken));
        var changed = await RefreshMessageAsync(db, tx, entry.ConversationId, entry.Sequence, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new DeliveryUpdate(true, changed);
    }

    /// <summary>Writes one pending entry per part for a message appended within <paramref name="tx"/>.</summary>
    internal static async Task InsertAsync(SqliteConnection db, SqliteTransaction tx, Message message, IReadOnlyList<string> parts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            await db.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO outbox (conversation_id, sequence, part, part_count, inbox_id, channel_id, address, text, status, created_at, next_attempt_at, updated_at)
                SELECT @ConversationId, @Sequence, @part, @count, c.inbox_id, c.channel_id, c.address, @text, 'pending', @at, @at, @at
                FROM conversations c WHERE c.id = @ConversationId;
                """,
                new { message.ConversationId, message.Sequence, part = i + 1, count = parts.Count, text = parts[i], at = Iso(now) },
                tx, cancellationToken: cancellationToken));
        }
    }

    private async Task<Message?> UpdatePendingAsync(string assignments, object parameters, CancellationToken cancellationToken)
    {
        return await database.WriteAsync(async (db, tx, ct) =>
        {
            var entry = await db.QuerySingleOrDefaultAsync<(string ConversationId, long Sequence)>(new CommandDefinition(
                $"UPDATE outbox SET {assignments}, attempts = attempts + 1, updated_at = @at WHERE id = @entryId AND status = 'pending' RETURNING conversation_id, sequence;",
                parameters, tx, cancellationToken: ct));
            return entry.ConversationId is null ? null : await RefreshMessageAsync(db, tx, entry.ConversationId, entry.Sequence, ct);
        }, cancellationToken);
    }

    // The message shows its parts' combined state; returns it only when that changed, so unchanged retries push nothing.
    private static async Task<Message?> RefreshMessageAsync(SqliteConnection db, SqliteTransaction tx, string conversationId, long sequence, CancellationToken cancellationToken)
    {
        var parts = (await db.QueryAsync<DeliveryState>(new CommandDefinition(
            "SELECT status AS Status, provider_message_id AS ProviderMessageId, error AS Error FROM outbox WHERE conversation_id = @conversationId AND sequence = @sequence ORDER BY part;",
            new { conversationId, sequence }, tx, cancellationToken: cancellationToken))).ToList();
        var message = await MessageWriter.GetAsync(db, tx, conversationId, sequence, cancellationToken);
        if (message is null || parts.Count == 0)
            return null;
        var combined = DeliveryStatuses.Combine(parts);
        if (combined == new DeliveryState(message.DeliveryStatus ?? "", message.ProviderMessageId, message.DeliveryError))
            return null;
        await db.ExecuteAsync(new CommandDefinition(
            "UPDATE messages SET delivery_status = @Status, provider_message_id = @ProviderMessageId, delivery_error = @Error WHERE conversation_id = @conversationId AND sequence = @sequence;",
            new { combined.Status, combined.ProviderMessageId, combined.Error, conversationId, sequence }, tx, cancellationToken: cancellationToken));
        message.DeliveryStatus = combined.Status;
        message.ProviderMessageId = combined.ProviderMessageId;
        message.DeliveryError = combined.Error;
        return message;
    }
}
