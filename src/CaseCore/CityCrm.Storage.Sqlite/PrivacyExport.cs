using System.Text.Json;
using CityCrm.Conversations.Privacy;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CityCrm.Storage.Sqlite;

/// <summary>
/// Exports read straight from the tables, every column, so what a subject access or a records request returns is what
/// is stored; files are listed without their content, which is downloaded on its own.
/// </summary>
internal static class PrivacyExport
{
    // Columns stored as JSON text, returned as JSON rather than as strings holding JSON.
    private static readonly HashSet<string> JsonColumns =
        ["history", "work", "attributes", "media", "data", "activity", "hits", "payload", "alerts", "moved", "source_before", "target_before"];

    private const string ConversationsOf = "SELECT id FROM conversations WHERE contact_id = @id";

    private const string AttachmentColumns = "id, conversation_id, name, content_type, size, sha256, created_at";

    public static Task<IReadOnlyList<RecordSection>?> ContactAsync(SqliteDatabase database, string id, CancellationToken cancellationToken) =>
        ExportAsync(database, "SELECT count(*) FROM contacts WHERE id = @id;", id,
        [
            ("contact", "SELECT * FROM contacts WHERE id = @id;"),
            ("identities", "SELECT * FROM contact_identities WHERE contact_id = @id ORDER BY created_at;"),
            ("profile", "SELECT * FROM contact_profiles WHERE contact_id = @id;"),
            ("pendingAddresses", "SELECT * FROM contact_pending_addresses WHERE contact_id = @id;"),
            ("consents", "SELECT * FROM contact_consents WHERE contact_id = @id ORDER BY id;"),
            ("subscriptions", "SELECT * FROM contact_consents WHERE contact_id = @id AND topic LIKE 'subscription:%' ORDER BY id;"),
            ("conversations", "SELECT * FROM conversations WHERE contact_id = @id ORDER BY created_at;"),
            ("messages", $"SELECT {MessageColumns} FROM messages WHERE conversation_id IN ({ConversationsOf}) ORDER BY created_at, conversation_id, sequence;"),
            ("attachments", $"SELECT {AttachmentColumns} FROM attachments WHERE conversation_id IN ({ConversationsOf}) ORDER BY created_at;"),
            ("calls", $"SELECT * FROM phone_calls WHERE conversation_id IN ({ConversationsOf}) ORDER BY started_at;"),
            ("cases", "SELECT * FROM cases WHERE contact_id = @id ORDER BY created_at;"),
            ("caseFollowing", "SELECT * FROM case_followers WHERE contact_id = @id ORDER BY created_at;"),
            ("appointments", "SELECT * FROM appointments WHERE contact_id = @id ORDER BY starts_at;"),
            ("surveys", "SELECT * FROM survey_runs WHERE contact_id = @id ORDER BY due_at;"),
            ("surveyAnswers", "SELECT * FROM survey_answers WHERE run_id IN (SELECT id FROM survey_runs WHERE contact_id = @id) ORDER BY answered_at;"),
            ("outreach", "SELECT * FROM outreach_recipients WHERE contact_id = @id ORDER BY updated_at;"),
            ("holds", "SELECT * FROM legal_holds WHERE subject_kind = 'contact' AND subject_id = @id ORDER BY placed_at;"),
            ("audit", "SELECT * FROM contact_audit WHERE contact_id = @id ORDER BY id;"),
        ], cancellationToken);

    public static Task<IReadOnlyList<RecordSection>?> ConversationAsync(SqliteDatabase database, string id, CancellationToken cancellationToken) =>
        ExportAsync(database, "SELECT count(*) FROM conversations WHERE id = @id;", id,
        [
            ("conversation", "SELECT * FROM conversations WHERE id = @id;"),
            ("messages", $"SELECT {MessageColumns} FROM messages WHERE conversation_id = @id ORDER BY sequence;"),
            ("timeline", "SELECT * FROM conversation_timeline WHERE conversation_id = @id ORDER BY at;"),
            ("deliveries", "SELECT id, sequence, part, part_count, inbox_id, channel_id, address, status, attempts, created_at, updated_at, provider_message_id, error FROM outbox WHERE conversation_id = @id ORDER BY id;"),
            ("cases", "SELECT * FROM conversation_cases WHERE conversation_id = @id ORDER BY linked_at;"),
            ("attachments", $"SELECT {AttachmentColumns} FROM attachments WHERE conversation_id = @id ORDER BY created_at;"),
            ("calls", "SELECT * FROM phone_calls WHERE conversation_id = @id ORDER BY started_at;"),
            ("mail", "SELECT * FROM mail_threads WHERE conversation_id = @id ORDER BY at;"),
            ("answers", "SELECT * FROM answer_log WHERE conversation_id = @id ORDER BY at;"),
            ("audit", "SELECT * FROM audit_log WHERE conversation_id = @id ORDER BY id;"),
        ], cancellationToken);

    public static Task<IReadOnlyList<RecordSection>?> CaseAsync(SqliteDatabase database, string reference, CancellationToken cancellationToken) =>
        ExportAsync(database, "SELECT count(*) FROM cases WHERE reference = @id;", reference,
        [
            ("case", "SELECT * FROM cases WHERE reference = @id;"),
            ("timers", "SELECT * FROM case_timers WHERE case_reference = @id ORDER BY due_at;"),
            ("approvals", "SELECT * FROM case_approvals WHERE case_reference = @id ORDER BY requested_at;"),
            ("followers", "SELECT * FROM case_followers WHERE case_reference = @id ORDER BY created_at;"),
            ("conversations", "SELECT * FROM conversation_cases WHERE case_reference = @id ORDER BY linked_at;"),
            ("holds", "SELECT * FROM legal_holds WHERE subject_kind = 'case' AND subject_id = @id ORDER BY placed_at;"),
            // Privacy actions on the case are audited with its reference among their arguments.
            ("audit", "SELECT * FROM audit_log WHERE instr(arguments, '\"' || @id || '\"') > 0 ORDER BY id;"),
        ], cancellationToken);

    private const string MessageColumns =
        "conversation_id, sequence, direction, author_kind, author_id, author_name, is_private, text, activity, external_id, created_at, delivery_status, provider_message_id, delivery_error";

    private static async Task<IReadOnlyList<RecordSection>?> ExportAsync(
        SqliteDatabase database, string exists, string id, (string Name, string Sql)[] sections, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        // One read transaction: every section is of the same moment.
        await using var tx = db.BeginTransaction(deferred: true);
        if (await db.ExecuteScalarAsync<long>(new CommandDefinition(exists, new { id }, tx, cancellationToken: cancellationToken)) == 0)
            return null;
        var result = new List<RecordSection>(sections.Length);
        foreach (var (name, sql) in sections)
            result.Add(new RecordSection(name, await RowsAsync(db, tx, sql, id, cancellationToken)));
        return result;
    }

    private static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RowsAsync(
        SqliteConnection db, SqliteTransaction tx, string sql, string id, CancellationToken cancellationToken)
    {
        var rows = await db.QueryAsync(new CommandDefinition(sql, new { id }, tx, cancellationToken: cancellationToken));
        return [.. rows.Cast<IDictionary<string, object?>>().Select(row => (IReadOnlyDictionary<string, object?>)row.ToDictionary(
            kv => kv.Key, kv => JsonColumns.Contains(kv.Key) && kv.Value is string text ? AsJson(text) : kv.Value))];
    }

    private static object? AsJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
