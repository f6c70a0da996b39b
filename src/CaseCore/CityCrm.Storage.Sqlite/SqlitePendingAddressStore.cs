using CityCrm.Conversations.Portal;
using Dapper;
using static CityCrm.Storage.Sqlite.SqliteConversationStore;

namespace CityCrm.Storage.Sqlite;

/// <summary>Addresses added on the portal and not yet confirmed, in the embedded SQLite file (<c>contact_pending_addresses</c>).</summary>
public sealed class SqlitePendingAddressStore(SqliteDatabase database) : IPendingAddressStore
{
    public async Task AddAsync(PendingAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO contact_pending_addresses (contact_id, address, added_at) VALUES (@ContactId, @Address, @AddedAt)
            ON CONFLICT (contact_id, address) DO UPDATE SET added_at = excluded.added_at;
            """,
            new { address.ContactId, address.Address, AddedAt = Iso(address.AddedAt) }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<PendingAddress>> ListAsync(string contactId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(string Address, string AddedAt)>(new CommandDefinition(
            "SELECT address, added_at FROM contact_pending_addresses WHERE contact_id = @contactId ORDER BY added_at, address;",
            new { contactId }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new PendingAddress(contactId, r.Address, ContactRow.Parse(r.AddedAt)))];
    }

    public async Task<bool> RemoveAsync(string contactId, string address, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteAsync(new CommandDefinition(
            "DELETE FROM contact_pending_addresses WHERE contact_id = @contactId AND address = @address;",
            new { contactId, address }, cancellationToken: cancellationToken)) == 1;
    }
}
