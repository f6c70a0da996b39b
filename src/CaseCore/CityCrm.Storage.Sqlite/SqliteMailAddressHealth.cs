using CityCrm.Conversations.Mail;
using Dapper;
using static CityCrm.Storage.Sqlite.SqliteAutoReplyLog;

namespace CityCrm.Storage.Sqlite;

/// <summary>Bouncing addresses in the embedded database (<c>mail_address_health</c>), keyed by the lower-case address.</summary>
public sealed class SqliteMailAddressHealth(SqliteDatabase database) : IMailAddressHealth
{
    public async Task MarkFailingAsync(string address, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO mail_address_health (address, failing_since, reason, bounce_count, last_at) VALUES (@address, @at, @reason, 1, @at)
            ON CONFLICT (address) DO UPDATE SET reason = excluded.reason, bounce_count = bounce_count + 1, last_at = excluded.last_at;
            """,
            new { address = Normalize(address), reason, at = Iso(at) }, cancellationToken: cancellationToken));
    }

    public async Task<MailAddressFailure?> GetFailureAsync(string address, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT address AS Address, failing_since AS FailingSince, reason AS Reason, bounce_count AS BounceCount, last_at AS LastAt FROM mail_address_health WHERE address = @address;",
            new { address = Normalize(address) }, cancellationToken: cancellationToken));
        return row?.ToFailure();
    }

    public async Task<bool> ClearAsync(string address, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteAsync(new CommandDefinition(
            "DELETE FROM mail_address_health WHERE address = @address;",
            new { address = Normalize(address) }, cancellationToken: cancellationToken)) > 0;
    }

    private sealed record Row(string Address, string FailingSince, string Reason, long BounceCount, string LastAt)
    {
        public MailAddressFailure ToFailure() =>
            new(Address, ContactRow.Parse(FailingSince), Reason, (int)BounceCount, ContactRow.Parse(LastAt));
    }
}
