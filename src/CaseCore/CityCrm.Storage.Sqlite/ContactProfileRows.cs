using System.Text.Json;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Contacts.Profiles;
using Dapper;
using Microsoft.Data.Sqlite;
using static CityCrm.Storage.Sqlite.SqliteConversationStore;

namespace CityCrm.Storage.Sqlite;

/// <summary>
/// Reads and writes one contact's profile row inside a caller's transaction: the profile store and the merge
/// store write profiles the same way (keys, due date, the contact's name and language following the profile).
/// </summary>
internal static class ContactProfileRows
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The stored profile, or one made from the contact and its identities; null without a contact.</summary>
    public static async Task<ContactProfileData?> ReadAsync(SqliteConnection db, SqliteTransaction? tx, string contactId, CancellationToken cancellationToken)
    {
        var contacts = (await db.QueryAsync<(string? DisplayName, string? Language)>(new CommandDefinition(
            "SELECT display_name, language FROM contacts WHERE id = @contactId;", new { contactId }, tx, cancellationToken: cancellationToken))).ToList();
        if (contacts.Count == 0)
            return null;
        var c = contacts[0];
        var json = await db.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT data FROM contact_profiles WHERE contact_id = @contactId;", new { contactId }, tx, cancellationToken: cancellationToken));
        // The contact's language is the one every channel reads and updates (the phone line's choice): it wins.
        if (json is not null)
            return JsonSerializer.Deserialize<ContactProfileData>(json, Json)! with { Language = c.Language };
        var addresses = (await db.QueryAsync<string>(new CommandDefinition(
            "SELECT address FROM contact_identities WHERE contact_id = @contactId ORDER BY created_at, inbox_id;",
            new { contactId }, tx, cancellationToken: cancellationToken))).Distinct().ToList();
        return new ContactProfileData
        {
            ContactId = contactId,
            DisplayName = c.DisplayName,
            Language = c.Language,
            Phones = [.. addresses.Where(PhoneAddress.IsE164).Select(a => new ContactPhone(a, null))],
            Emails = [.. addresses.Where(a => a.Contains('@')).Select(a => a.ToLowerInvariant())],
        };
    }

    /// <summary>The stored version (0 when never saved).</summary>
    public static async Task<int> VersionAsync(SqliteConnection db, SqliteTransaction tx, string contactId, CancellationToken cancellationToken) =>
        await db.ExecuteScalarAsync<int?>(new CommandDefinition(
            "SELECT version FROM contact_profiles WHERE contact_id = @contactId;", new { contactId }, tx, cancellationToken: cancellationToken)) ?? 0;

    /// <summary>Writes the profile as it is (its version included), its keys, and the contact's name and language.</summary>
    public static async Task WriteAsync(SqliteConnection db, SqliteTransaction tx, ContactProfileData data, CancellationToken cancellationToken)
    {
        var due = data.NextActions.Where(a => a.DoneAt is null && a.RemindedAt is null).Select(a => (DateTimeOffset?)a.DueAt).Min();
        await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO contact_profiles (contact_id, data, version, merged_into, next_due_at, updated_at, latitude, longitude)
            VALUES (@ContactId, @Data, @Version, @MergedInto, @Due, @UpdatedAt, @Latitude, @Longitude)
            ON CONFLICT (contact_id) DO UPDATE SET data = excluded.data, version = excluded.version, merged_into = excluded.merged_into,
                next_due_at = excluded.next_due_at, updated_at = excluded.updated_at, latitude = excluded.latitude, longitude = excluded.longitude;
            UPDATE contacts SET language = @Language, display_name = COALESCE(@DisplayName, display_name) WHERE id = @ContactId;
            DELETE FROM contact_keys WHERE contact_id = @ContactId;
            """,
            new
            {
                data.ContactId, Data = JsonSerializer.Serialize(data, Json), data.Version, data.MergedInto,
                Due = due is { } d ? Iso(d) : null, UpdatedAt = Iso(data.UpdatedAt ?? DateTimeOffset.UtcNow), data.Language, data.DisplayName,
                data.Latitude, data.Longitude,
            },
            tx, cancellationToken: cancellationToken));
        // A merged contact lives on as its target: it is nobody's duplicate any more.
        if (data.MergedInto is null)
        {
            await db.ExecuteAsync(new CommandDefinition(
                "INSERT OR IGNORE INTO contact_keys (contact_id, key) VALUES (@ContactId, @Key);",
                ContactKeys.Of(data).Select(k => new { data.ContactId, Key = k }), tx, cancellationToken: cancellationToken));
        }
    }

    /// <summary>Appends audit entries.</summary>
    public static Task AuditAsync(SqliteConnection db, SqliteTransaction? tx, IEnumerable<ContactAuditEntry> entries, CancellationToken cancellationToken) =>
        db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO contact_audit (contact_id, actor, at, action, field, old_value, new_value)
            VALUES (@ContactId, @Actor, @At, @Action, @Field, @OldValue, @NewValue);
            """,
            entries.Select(e => new { e.ContactId, e.Actor, At = Iso(e.At), e.Action, e.Field, e.OldValue, e.NewValue }), tx, cancellationToken: cancellationToken));
}
