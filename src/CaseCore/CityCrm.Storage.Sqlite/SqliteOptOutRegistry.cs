using CityCrm.Conversations.Contacts;
using Dapper;
using static CityCrm.Storage.Sqlite.SqliteConversationStore;

namespace CityCrm.Storage.Sqlite;

/// <summary>
/// Opt-outs in the embedded SQLite file: <c>opt_out_changes</c> keeps every change as it happened, and
/// <c>opt_outs</c> the state the latest one left, written in the same transaction.
/// </summary>
public sealed class SqliteOptOutRegistry(SqliteDatabase database) : IOptOutRegistry
{
    public async Task RecordAsync(ConsentChange change, CancellationToken cancellationToken)
    {
        var row = new
        {
            change.ChannelId,
            change.Address,
            change.InboxId,
            OptedOut = change.OptedOut ? 1 : 0,
            change.Keyword,
            At = Iso(change.At),
            change.SourceId,
        };
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = db.BeginTransaction(deferred: false);
        var recorded = await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT OR IGNORE INTO opt_out_changes (channel_id, address, inbox_id, opted_out, keyword, at, source_id)
            VALUES (@ChannelId, @Address, @InboxId, @OptedOut, @Keyword, @At, @SourceId);
            """,
            row, tx, cancellationToken: cancellationToken));
        // The same message again (a provider's retry) was recorded with everything it changed the first time.
        if (recorded == 0)
            return;
        // A repeated STOP leaves the state, and when it began, as they were.
        await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO opt_outs (channel_id, address, opted_out, inbox_id, keyword, changed_at) VALUES (@ChannelId, @Address, @OptedOut, @InboxId, @Keyword, @At)
            ON CONFLICT (channel_id, address) DO UPDATE SET opted_out = excluded.opted_out, inbox_id = excluded.inbox_id,
                keyword = excluded.keyword, changed_at = excluded.changed_at
            WHERE opt_outs.opted_out <> excluded.opted_out;
            """,
            row, tx, cancellationToken: cancellationToken));
        await tx.CommitAsync(cancellationToken);
    }

    public async Task<bool> IsOptedOutAsync(string channelId, string address, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT opted_out FROM opt_outs WHERE channel_id = @channelId AND address = @address;",
            new { channelId, address }, cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Every change recorded for the address on the channel, oldest first.</summary>
    public async Task<IReadOnlyList<ConsentChange>> GetHistoryAsync(string channelId, string address, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(string InboxId, long OptedOut, string Keyword, string At)>(new CommandDefinition(
            "SELECT inbox_id, opted_out, keyword, at FROM opt_out_changes WHERE channel_id = @channelId AND address = @address ORDER BY id;",
            new { channelId, address }, cancellationToken: cancellationToken));
        return rows.Select(r => new ConsentChange(channelId, address, r.InboxId, r.OptedOut == 1, r.Keyword, ContactRow.Parse(r.At))).ToList();
    }
}
