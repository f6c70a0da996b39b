using CityCrm.Conversations.Mail;
using Dapper;

namespace CityCrm.Storage.Sqlite;

/// <summary>Automatic replies in the embedded database (<c>mail_auto_replies</c>); addresses are compared in lower case.</summary>
public sealed class SqliteAutoReplyLog(SqliteDatabase database) : IAutoReplyLog
{
    // Only the last hour counts; a day's rows are plenty for anyone looking into a flood after the fact.
    private static readonly TimeSpan Kept = TimeSpan.FromDays(1);

    public async Task RecordAsync(string inboxId, string address, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inboxId);
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = db.BeginTransaction(deferred: false);
        await db.ExecuteAsync(new CommandDefinition(
            "INSERT INTO mail_auto_replies (inbox_id, address, at) VALUES (@inboxId, @address, @at);",
            new { inboxId, address = Normalize(address), at = Iso(at) }, tx, cancellationToken: cancellationToken));
        await db.ExecuteAsync(new CommandDefinition(
            "DELETE FROM mail_auto_replies WHERE at < @before;",
            new { before = Iso(at - Kept) }, tx, cancellationToken: cancellationToken));
        await tx.CommitAsync(cancellationToken);
    }

    public async Task<int> CountSinceAsync(string inboxId, string address, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM mail_auto_replies WHERE inbox_id = @inboxId AND address = @address AND at >= @since;",
            new { inboxId, address = Normalize(address), since = Iso(since) }, cancellationToken: cancellationToken));
    }

    internal static string Normalize(string address) => address.Trim().ToLowerInvariant();

    // Fixed-width UTC timestamps compare correctly as text.
    internal static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
