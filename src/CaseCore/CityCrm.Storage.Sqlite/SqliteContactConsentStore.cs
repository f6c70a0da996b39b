using CityCrm.Conversations.Contacts.Consent;
using Dapper;
using static CityCrm.Storage.Sqlite.SqliteConversationStore;

namespace CityCrm.Storage.Sqlite;

/// <summary>Contacts' consent records in the embedded SQLite file (<c>contact_consents</c>), append-only.</summary>
public sealed class SqliteContactConsentStore(SqliteDatabase database) : IContactConsentStore
{
    public async Task RecordAsync(ConsentRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO contact_consents (contact_id, channel_id, topic, opted_in, at, source, wording)
            VALUES (@ContactId, @ChannelId, @Topic, @OptedIn, @At, @Source, @Wording);
            """,
            new { record.ContactId, record.ChannelId, record.Topic, OptedIn = record.OptedIn ? 1 : 0, At = Iso(record.At), record.Source, record.Wording },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<ConsentRecord>> ListAsync(string contactId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(string ChannelId, string Topic, long OptedIn, string At, string Source, string Wording)>(new CommandDefinition(
            "SELECT channel_id, topic, opted_in, at, source, wording FROM contact_consents WHERE contact_id = @contactId ORDER BY id;",
            new { contactId }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new ConsentRecord(contactId, r.ChannelId, r.Topic, r.OptedIn == 1, ContactRow.Parse(r.At), r.Source, r.Wording))];
    }
}
