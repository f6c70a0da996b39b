using CityCrm.Conversations.Contacts.Profiles;
using Dapper;
using static CityCrm.Storage.Sqlite.SqliteConversationStore;

namespace CityCrm.Storage.Sqlite;

/// <summary>Contact profiles in the embedded SQLite file (<c>contact_profiles</c>, <c>contact_keys</c>, <c>contact_audit</c>).</summary>
public sealed class SqliteContactProfileStore(SqliteDatabase database) : IContactProfileStore
{
    public async Task<ContactProfileData?> GetAsync(string contactId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await ContactProfileRows.ReadAsync(db, null, contactId, cancellationToken);
    }

    public async Task<bool> SaveAsync(ContactProfileData data, int expectedVersion, IReadOnlyList<ContactAuditEntry> audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = db.BeginTransaction(deferred: false);
        if (await ContactProfileRows.VersionAsync(db, tx, data.ContactId, cancellationToken) != expectedVersion)
            return false;
        await ContactProfileRows.WriteAsync(db, tx, data with { Version = expectedVersion + 1 }, cancellationToken);
        await ContactProfileRows.AuditAsync(db, tx, audit, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return true;
    }

    public async Task AppendAuditAsync(ContactAuditEntry entry, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await ContactProfileRows.AuditAsync(db, null, [entry], cancellationToken);
    }

    public async Task<IReadOnlyList<ContactAuditEntry>> ListAuditAsync(string contactId, int limit, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(string Actor, string At, string Action, string? Field, string? OldValue, string? NewValue)>(new CommandDefinition(
            "SELECT actor, at, action, field, old_value, new_value FROM contact_audit WHERE contact_id = @contactId ORDER BY id DESC LIMIT @limit;",
            new { contactId, limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new ContactAuditEntry(contactId, r.Actor, ContactRow.Parse(r.At), r.Action, r.Field, r.OldValue, r.NewValue))];
    }

    public async Task<IReadOnlyList<ContactKeyMatch>> FindByKeysAsync(IReadOnlyCollection<string> keys, string exceptContactId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
            return [];
        // Identities hold bare addresses: "phone:+1555..." is looked up as "+1555...".
        var addresses = keys.Where(k => k.StartsWith(ContactKeys.Phone, StringComparison.Ordinal) || k.StartsWith(ContactKeys.Email, StringComparison.Ordinal))
            .ToDictionary(k => k[(k.IndexOf(':') + 1)..], k => k);
        await using var db = await database.OpenAsync(cancellationToken);
        var onProfiles = await db.QueryAsync<(string ContactId, string Key)>(new CommandDefinition(
            "SELECT contact_id, key FROM contact_keys WHERE key IN @keys AND contact_id <> @exceptContactId;",
            new { keys, exceptContactId }, cancellationToken: cancellationToken));
        var asIdentities = await db.QueryAsync<(string ContactId, string Address)>(new CommandDefinition(
            """
            SELECT i.contact_id, i.address FROM contact_identities i LEFT JOIN contact_profiles p ON p.contact_id = i.contact_id
            WHERE i.address IN @addresses AND i.contact_id <> @exceptContactId AND p.merged_into IS NULL;
            """,
            new { addresses = addresses.Keys, exceptContactId }, cancellationToken: cancellationToken));
        return [.. onProfiles.Select(m => new ContactKeyMatch(m.ContactId, m.Key))
            .Concat(asIdentities.Select(m => new ContactKeyMatch(m.ContactId, addresses[m.Address])))
            .Distinct()];
    }

    public async Task<IReadOnlyList<ContactProfileData>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var ids = await db.QueryAsync<string>(new CommandDefinition(
            "SELECT contact_id FROM contact_profiles WHERE next_due_at IS NOT NULL AND next_due_at <= @now ORDER BY next_due_at LIMIT @limit;",
            new { now = Iso(now), limit }, cancellationToken: cancellationToken));
        var due = new List<ContactProfileData>();
        foreach (var id in ids)
        {
            if (await ContactProfileRows.ReadAsync(db, null, id, cancellationToken) is { } data)
                due.Add(data);
        }
        return due;
    }
}
