using System.Text.Json;
using CityCrm.CaseCore;
using CityCrm.Conversations.Contacts.Profiles;
using Dapper;
using Microsoft.Data.Sqlite;
using static CityCrm.Storage.Sqlite.SqliteConversationStore;

namespace CityCrm.Storage.Sqlite;

/// <summary>
/// The removals of personal data inside a caller's transaction, so the retention run does one record per commit and an
/// erasure does a whole contact in one. Each changes only what is not removed yet (<c>anonymized_at IS NULL</c>).
/// </summary>
internal static class PrivacyRemoval
{
    public static async Task<int> ConversationAsync(SqliteConnection db, SqliteTransaction tx, string id, DateTimeOffset at, string marker, CancellationToken cancellationToken)
    {
        var args = new { id, at = Iso(at), marker };
        if (await db.ExecuteAsync(new CommandDefinition(
            // A conversation written in again after its removal (a web chat still open in a tab) is removed again.
            "UPDATE conversations SET address = '', bot_state = NULL, anonymized_at = @at WHERE id = @id AND (anonymized_at IS NULL OR updated_at > anonymized_at);",
            args, tx, cancellationToken: cancellationToken)) == 0)
            return 0;
        // The activity keeps only what says what kind of entry it was and when: its words, names, addresses, cards
        // and channel data go.
        var messages = await db.ExecuteAsync(new CommandDefinition(
            """
            UPDATE messages SET text = CASE WHEN text IS NULL THEN NULL ELSE @marker END,
                author_name = CASE WHEN author_kind = 0 THEN NULL ELSE author_name END, delivery_error = NULL,
                activity = json_object('type', json_extract(activity, '$.type'), 'id', json_extract(activity, '$.id'),
                    'timestamp', json_extract(activity, '$.timestamp'), 'channelId', json_extract(activity, '$.channelId'),
                    'from', json_object('id', CASE WHEN author_kind = 0 THEN 'resident' ELSE json_extract(activity, '$.from.id') END,
                        'role', json_extract(activity, '$.from.role')),
                    'text', CASE WHEN json_extract(activity, '$.text') IS NULL THEN NULL ELSE @marker END)
            WHERE conversation_id = @id;
            """, args, tx, cancellationToken: cancellationToken));
        await db.ExecuteAsync(new CommandDefinition(
            """
            UPDATE outbox SET text = '', address = '' WHERE conversation_id = @id;
            UPDATE attachments SET content = zeroblob(0), name = id, sha256 = '' WHERE conversation_id = @id;
            UPDATE mail_threads SET subject = '' WHERE conversation_id = @id;
            UPDATE phone_calls SET caller = '' WHERE conversation_id = @id;
            UPDATE answer_log SET question = '' WHERE conversation_id = @id;
            UPDATE audit_log SET arguments = NULL WHERE conversation_id = @id;
            UPDATE survey_answers SET text = NULL WHERE run_id IN (SELECT id FROM survey_runs WHERE conversation_id = @id);
            UPDATE outreach_recipients SET address = '' WHERE conversation_id = @id;
            UPDATE case_followers SET note = '' WHERE conversation_id = @id;
            """, args, tx, cancellationToken: cancellationToken));
        return messages;
    }

    public static async Task<bool> CaseAsync(SqliteConnection db, SqliteTransaction tx, string reference, DateTimeOffset at, string marker, CancellationToken cancellationToken)
    {
        var place = (await db.QueryAsync<(string Location, double? Latitude, double? Longitude)>(new CommandDefinition(
            "SELECT location, latitude, longitude FROM cases WHERE reference = @reference AND anonymized_at IS NULL;",
            new { reference }, tx, cancellationToken: cancellationToken))).ToList();
        if (place.Count == 0)
            return false;
        var (location, lat, lon) = place[0];
        // History steps keep who, when, what and the status; their notes (which may quote the resident) go, as do the
        // staff notes in the work column.
        await db.ExecuteAsync(new CommandDefinition(
            """
            UPDATE cases SET description = @marker, location = @location, latitude = @latitude, longitude = @longitude,
                media = '[]', attributes = '{}', hold_reason = NULL, anonymized_at = @at,
                history = (SELECT json_group_array(json_set(value, '$.note', '')) FROM json_each(cases.history)),
                work = json_set(work, '$.notes', json('[]'))
            WHERE reference = @reference;
            UPDATE case_followers SET note = '' WHERE case_reference = @reference;
            UPDATE case_approvals SET comment = NULL WHERE case_reference = @reference;
            """,
            new
            {
                reference, marker, at = Iso(at), location = LocationGeneralizer.Generalize(location),
                latitude = lat is { } a ? LocationGeneralizer.Round(a) : (double?)null,
                longitude = lon is { } o ? LocationGeneralizer.Round(o) : (double?)null,
            }, tx, cancellationToken: cancellationToken));
        return true;
    }

    public static async Task<bool> ContactAsync(SqliteConnection db, SqliteTransaction tx, string contactId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var args = new { contactId, at = Iso(at), empty = JsonSerializer.Serialize(new ContactProfileData { ContactId = contactId }, ContactProfileRows.Json) };
        if (await db.ExecuteAsync(new CommandDefinition(
            "UPDATE contacts SET display_name = NULL, anonymized_at = @at WHERE id = @contactId AND anonymized_at IS NULL;",
            args, tx, cancellationToken: cancellationToken)) == 0)
            return false;
        // Identities go last: the mail tables are keyed by the addresses they hold. Opt-outs stay (keyed by address),
        // so a number that said STOP is never texted again; consent records hold no personal data and stay as proof.
        await db.ExecuteAsync(new CommandDefinition(
            """
            DELETE FROM mail_address_health WHERE address IN (SELECT address FROM contact_identities WHERE contact_id = @contactId);
            DELETE FROM mail_auto_replies WHERE address IN (SELECT address FROM contact_identities WHERE contact_id = @contactId);
            DELETE FROM contact_identities WHERE contact_id = @contactId;
            DELETE FROM contact_keys WHERE contact_id = @contactId;
            DELETE FROM contact_pending_addresses WHERE contact_id = @contactId;
            UPDATE contact_profiles SET data = @empty, latitude = NULL, longitude = NULL, next_due_at = NULL, version = version + 1, updated_at = @at
            WHERE contact_id = @contactId;
            UPDATE contact_audit SET old_value = NULL, new_value = NULL WHERE contact_id = @contactId;
            UPDATE contact_merges SET source_before = '{}', target_before = '{}' WHERE source_id = @contactId OR target_id = @contactId;
            UPDATE resident_codes SET contact_id = NULL WHERE contact_id = @contactId;
            UPDATE outreach_recipients SET address = '' WHERE contact_id = @contactId;
            UPDATE case_followers SET note = '' WHERE contact_id = @contactId;
            UPDATE cases SET contact_id = '' WHERE contact_id = @contactId AND anonymized_at IS NOT NULL;
            """, args, tx, cancellationToken: cancellationToken));
        return true;
    }
}
