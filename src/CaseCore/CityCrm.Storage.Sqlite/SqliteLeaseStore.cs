using CityCrm.Conversations.Leases;
using Dapper;
using static CityCrm.Storage.Sqlite.SqliteConversationStore;

namespace CityCrm.Storage.Sqlite;

/// <summary>
/// Named leases in the embedded SQLite file (<c>leases</c>), shared by every process over that file. Each operation is
/// one conditional statement, so two nodes racing for a lease cannot both win.
/// </summary>
public sealed class SqliteLeaseStore(SqliteDatabase database) : ILeaseStore
{
    private const string Returning = "RETURNING name, owner, expires_at, fence;";

    public async Task<Lease?> TryAcquireAsync(string name, string owner, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        // SET reads the row as it was, so the fence grows unless the same owner still held it.
        return await QueryAsync(
            $"""
            INSERT INTO leases (name, owner, expires_at, fence) VALUES (@name, @owner, @expires, 1)
            ON CONFLICT (name) DO UPDATE SET
                fence = CASE WHEN leases.owner = excluded.owner AND leases.expires_at > @now THEN leases.fence ELSE leases.fence + 1 END,
                owner = excluded.owner,
                expires_at = excluded.expires_at
            WHERE leases.owner = excluded.owner OR leases.expires_at <= @now
            {Returning}
            """,
            new { name, owner, now = Iso(now), expires = Iso(now + duration) }, cancellationToken);
    }

    public async Task<Lease?> RenewAsync(Lease lease, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return await QueryAsync(
            $"UPDATE leases SET expires_at = @expires WHERE name = @Name AND owner = @Owner AND owner <> '' AND fence = @Fence {Returning}",
            new { lease.Name, lease.Owner, lease.Fence, expires = Iso(now + duration) }, cancellationToken);
    }

    public async Task<bool> ReleaseAsync(Lease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteAsync(new CommandDefinition(
            "UPDATE leases SET owner = '', expires_at = @free WHERE name = @Name AND owner = @Owner AND owner <> '' AND fence = @Fence;",
            new { lease.Name, lease.Owner, lease.Fence, free = Iso(DateTimeOffset.UnixEpoch) }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<Lease?> GetAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT name, owner, expires_at, fence FROM leases WHERE name = @name;", new { name }, cancellationToken: cancellationToken));
        return row?.ToLease();
    }

    private async Task<Lease?> QueryAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return row?.ToLease();
    }

    private sealed class Row
    {
        public string Name { get; init; } = "";
        public string Owner { get; init; } = "";
        public string ExpiresAt { get; init; } = "";
        public long Fence { get; init; }

        public Lease ToLease() => new(Name, Owner, ContactRow.Parse(ExpiresAt), Fence);
    }
}
