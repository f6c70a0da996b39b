using CityCrm.Conversations.Mail;
using Dapper;

namespace CityCrm.Storage.Sqlite;

/// <summary>Mailbox read positions in the embedded database.</summary>
public sealed class SqliteMailboxCursors(SqliteDatabase database) : IMailboxCursors
{
    public async Task<MailboxCursor?> GetAsync(string mailbox, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT mailbox AS Mailbox, uid_validity AS UidValidity, last_uid AS LastUid, updated_at AS UpdatedAt FROM mailbox_cursors WHERE mailbox = @mailbox;",
            new { mailbox }, cancellationToken: cancellationToken));
        return row is null ? null : new MailboxCursor(row.Mailbox, (uint)row.UidValidity, (uint)row.LastUid, ContactRow.Parse(row.UpdatedAt));
    }

    public async Task SaveAsync(MailboxCursor cursor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cursor.Mailbox);
        await using var db = await database.OpenAsync(cancellationToken);
        // Under the same UIDVALIDITY the cursor only moves forward; a new UIDVALIDITY starts it afresh.
        await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO mailbox_cursors (mailbox, uid_validity, last_uid, updated_at) VALUES (@Mailbox, @UidValidity, @LastUid, @UpdatedAt)
            ON CONFLICT (mailbox) DO UPDATE SET uid_validity = excluded.uid_validity, last_uid = excluded.last_uid, updated_at = excluded.updated_at
            WHERE mailbox_cursors.uid_validity <> excluded.uid_validity OR mailbox_cursors.last_uid < excluded.last_uid;
            """,
            new { cursor.Mailbox, UidValidity = (long)cursor.UidValidity, LastUid = (long)cursor.LastUid, UpdatedAt = cursor.UpdatedAt.ToUniversalTime().ToString("O") },
            cancellationToken: cancellationToken));
    }

    private sealed record Row(string Mailbox, long UidValidity, long LastUid, string UpdatedAt);
}
