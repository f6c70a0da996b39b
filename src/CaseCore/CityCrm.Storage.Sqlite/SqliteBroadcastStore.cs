using System.Text.Json;
using CityCrm.Conversations.Outreach;
using Dapper;
using static CityCrm.Storage.Sqlite.SqliteConversationStore;

namespace CityCrm.Storage.Sqlite;

/// <summary>Broadcasts (<c>outreach_broadcasts</c>) and their recipients (<c>outreach_recipients</c>), joined to messages for delivery.</summary>
public sealed class SqliteBroadcastStore(SqliteDatabase database) : IBroadcastStore
{
    private const string BroadcastColumns = "id, segment_id, segment_name, topic, texts, household_once, status, created_by, created_at, finished_at";
    private const string RecipientColumns = "broadcast_id, contact_id, position, inbox_id, channel_id, address, language, status, conversation_id, sequence, detail";
    private const string Waiting = "('planned', 'sending')";

    public async Task PlanAsync(Broadcast broadcast, IReadOnlyList<BroadcastRecipient> recipients, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        ArgumentNullException.ThrowIfNull(recipients);
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = db.BeginTransaction(deferred: false);
        await db.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO outreach_broadcasts ({BroadcastColumns}) VALUES (@Id, @SegmentId, @SegmentName, @Topic, @Texts, @HouseholdOnce, @Status, @CreatedBy, @CreatedAt, NULL);",
            new
            {
                broadcast.Id, broadcast.SegmentId, broadcast.SegmentName, broadcast.Topic, Texts = JsonSerializer.Serialize(broadcast.Texts),
                HouseholdOnce = broadcast.HouseholdOnce ? 1 : 0, broadcast.Status, broadcast.CreatedBy, CreatedAt = Iso(broadcast.CreatedAt),
            }, tx, cancellationToken: cancellationToken));
        // One prepared statement reused for every row: Dapper's list form would re-bind by reflection each time.
        await using var insert = db.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = $"INSERT INTO outreach_recipients ({RecipientColumns}, updated_at) VALUES ($b, $c, $p, $i, $ch, $a, $l, $s, NULL, NULL, $d, $u);";
        var parameters = new[] { "$b", "$c", "$p", "$i", "$ch", "$a", "$l", "$s", "$d", "$u" }.Select(n => insert.Parameters.Add(n, Microsoft.Data.Sqlite.SqliteType.Text)).ToArray();
        parameters[2].SqliteType = Microsoft.Data.Sqlite.SqliteType.Integer;
        var at = Iso(broadcast.CreatedAt);
        foreach (var r in recipients)
        {
            parameters[0].Value = r.BroadcastId;
            parameters[1].Value = r.ContactId;
            parameters[2].Value = r.Position;
            parameters[3].Value = r.InboxId;
            parameters[4].Value = r.ChannelId;
            parameters[5].Value = r.Address;
            parameters[6].Value = r.Language;
            parameters[7].Value = r.Status;
            parameters[8].Value = (object?)r.Detail ?? DBNull.Value;
            parameters[9].Value = at;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await tx.CommitAsync(cancellationToken);
    }

    public async Task<Broadcast?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<BroadcastRow>(new CommandDefinition(
            $"SELECT {BroadcastColumns} FROM outreach_broadcasts WHERE id = @id;", new { id }, cancellationToken: cancellationToken));
        return rows.Select(ToBroadcast).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Broadcast>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<BroadcastRow>(new CommandDefinition(
            $"SELECT {BroadcastColumns} FROM outreach_broadcasts ORDER BY created_at DESC, id LIMIT @limit;", new { limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(ToBroadcast)];
    }

    public async Task<IReadOnlyList<string>> ListWaitingChannelsAsync(CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return [.. await db.QueryAsync<string>(new CommandDefinition(
            $"""
            SELECT DISTINCT r.channel_id FROM outreach_broadcasts b JOIN outreach_recipients r ON r.broadcast_id = b.id AND r.status IN {Waiting}
            WHERE b.status = 'sending' ORDER BY r.channel_id;
            """, cancellationToken: cancellationToken))];
    }

    public async Task<IReadOnlyList<BroadcastRecipient>> ListWaitingAsync(string channelId, int limit, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<RecipientRow>(new CommandDefinition(
            $"""
            SELECT {string.Join(", ", RecipientColumns.Split(", ").Select(c => "r." + c))}
            FROM outreach_broadcasts b JOIN outreach_recipients r ON r.broadcast_id = b.id AND r.channel_id = @channelId AND r.status IN {Waiting}
            WHERE b.status = 'sending' ORDER BY b.created_at, b.id, r.position LIMIT @limit;
            """, new { channelId, limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(ToRecipient)];
    }

    public async Task MarkSendingAsync(string broadcastId, string contactId, string conversationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            "UPDATE outreach_recipients SET status = 'sending', conversation_id = @conversationId, updated_at = @at WHERE broadcast_id = @broadcastId AND contact_id = @contactId AND status = 'planned';",
            new { broadcastId, contactId, conversationId, at = Iso(at) }, cancellationToken: cancellationToken));
    }

    public async Task CompleteAsync(string broadcastId, string contactId, string status, long? sequence, string? detail, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            $"""
            UPDATE outreach_recipients SET status = @status, sequence = @sequence, detail = @detail, updated_at = @at
            WHERE broadcast_id = @broadcastId AND contact_id = @contactId AND status IN {Waiting};
            """,
            new { broadcastId, contactId, status, sequence, detail, at = Iso(at) }, cancellationToken: cancellationToken));
    }

    public async Task FinishDoneAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            $"""
            UPDATE outreach_broadcasts SET status = 'finished', finished_at = @at
            WHERE status = 'sending' AND NOT EXISTS (SELECT 1 FROM outreach_recipients r WHERE r.broadcast_id = outreach_broadcasts.id AND r.status IN {Waiting});
            """, new { at = Iso(at) }, cancellationToken: cancellationToken));
    }

    public async Task<bool> CancelAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = db.BeginTransaction(deferred: false);
        var changed = await db.ExecuteAsync(new CommandDefinition(
            "UPDATE outreach_broadcasts SET status = 'cancelled', finished_at = @at WHERE id = @id AND status = 'sending';", new { id, at = Iso(at) }, tx,
            cancellationToken: cancellationToken));
        // A recipient whose message is being written (sending) keeps it: the write may already be committed.
        await db.ExecuteAsync(new CommandDefinition(
            "UPDATE outreach_recipients SET status = 'cancelled', updated_at = @at WHERE broadcast_id = @id AND status = 'planned';", new { id, at = Iso(at) }, tx,
            cancellationToken: cancellationToken));
        await tx.CommitAsync(cancellationToken);
        return changed == 1;
    }

    public async Task<BroadcastCounts> CountAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = (await db.QueryAsync<(string Status, string ChannelId, string? Delivery, long Count)>(new CommandDefinition(
            """
            SELECT r.status, r.channel_id, m.delivery_status, COUNT(*) FROM outreach_recipients r
            LEFT JOIN messages m ON m.conversation_id = r.conversation_id AND m.sequence = r.sequence
            WHERE r.broadcast_id = @id GROUP BY r.status, r.channel_id, m.delivery_status;
            """, new { id }, cancellationToken: cancellationToken))).ToList();
        int Sum(Func<(string Status, string ChannelId, string? Delivery, long Count), bool> which) => (int)rows.Where(which).Sum(r => r.Count);
        bool Sent((string Status, string ChannelId, string? Delivery, long Count) r) => r.Status == RecipientStatus.Sent && r.Delivery != "blocked";
        return new BroadcastCounts(
            Planned: Sum(_ => true),
            Waiting: Sum(r => r.Status is RecipientStatus.Planned or RecipientStatus.Sending),
            Sent: Sum(Sent),
            Delivered: Sum(r => Sent(r) && r.Delivery is "delivered" or "read"),
            Failed: Sum(r => Sent(r) && r.Delivery is "failed" or "undelivered"),
            OptedOut: Sum(r => r.Status == RecipientStatus.OptedOut || (r.Status == RecipientStatus.Sent && r.Delivery == "blocked")),
            Unreachable: Sum(r => r.Status == RecipientStatus.Unreachable),
            Cancelled: Sum(r => r.Status == RecipientStatus.Cancelled),
            ByChannel: rows.Where(r => r.ChannelId.Length > 0).GroupBy(r => r.ChannelId).ToDictionary(g => g.Key, g => (int)g.Sum(r => r.Count)));
    }

    public async Task<IReadOnlyList<BroadcastRecipient>> ListRecipientsAsync(string id, int limit, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<RecipientRow>(new CommandDefinition(
            $"SELECT {RecipientColumns} FROM outreach_recipients WHERE broadcast_id = @id ORDER BY position LIMIT @limit;", new { id, limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(ToRecipient)];
    }

    private static Broadcast ToBroadcast(BroadcastRow r) => new(r.Id, r.SegmentId, r.SegmentName, r.Topic,
        JsonSerializer.Deserialize<Dictionary<string, string>>(r.Texts)!, r.HouseholdOnce == 1, r.Status, r.CreatedBy, ContactRow.Parse(r.CreatedAt), ContactRow.ParseNullable(r.FinishedAt));

    private static BroadcastRecipient ToRecipient(RecipientRow r) => new(r.BroadcastId, r.ContactId, (int)r.Position, r.InboxId, r.ChannelId, r.Address, r.Language,
        r.Status, r.ConversationId, r.Sequence, r.Detail);
}
