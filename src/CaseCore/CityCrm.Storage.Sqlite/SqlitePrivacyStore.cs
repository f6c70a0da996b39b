using CityCrm.Conversations.Privacy;
using Dapper;
using static CityCrm.Storage.Sqlite.SqliteConversationStore;

namespace CityCrm.Storage.Sqlite;

/// <summary>Legal holds, retention removals, erasure and records exports in the embedded SQLite file.</summary>
public sealed class SqlitePrivacyStore(SqliteDatabase database) : IPrivacyStore
{
    // An active hold on the conversation's contact, or on a case reported in it or linked to it.
    private const string ConversationHeld = """
        EXISTS (SELECT 1 FROM legal_holds h WHERE h.released_at IS NULL AND (
            (h.subject_kind = 'contact' AND h.subject_id = c.contact_id)
            OR (h.subject_kind = 'case' AND (h.subject_id IN (SELECT reference FROM cases WHERE conversation_id = c.id)
                OR h.subject_id IN (SELECT case_reference FROM conversation_cases WHERE conversation_id = c.id)))))
        """;

    public async Task PlaceHoldAsync(LegalHold hold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hold);
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO legal_holds (id, subject_kind, subject_id, reason, reference, placed_by, placed_at)
            VALUES (@Id, @SubjectKind, @SubjectId, @Reason, @Reference, @PlacedBy, @PlacedAt);
            """,
            new { hold.Id, hold.SubjectKind, hold.SubjectId, hold.Reason, hold.Reference, hold.PlacedBy, PlacedAt = Iso(hold.PlacedAt) },
            cancellationToken: cancellationToken));
    }

    public async Task<LegalHold?> GetHoldAsync(string id, CancellationToken cancellationToken) =>
        (await HoldsAsync("WHERE id = @id", new { id }, cancellationToken)).FirstOrDefault();

    public async Task<bool> ReleaseHoldAsync(LegalHold released, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(released);
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteAsync(new CommandDefinition(
            "UPDATE legal_holds SET released_by = @ReleasedBy, released_at = @at WHERE id = @Id AND released_at IS NULL;",
            new { released.Id, released.ReleasedBy, at = released.ReleasedAt is { } r ? Iso(r) : null }, cancellationToken: cancellationToken)) == 1;
    }

    public Task<IReadOnlyList<LegalHold>> ListHoldsAsync(bool activeOnly, CancellationToken cancellationToken) =>
        HoldsAsync(activeOnly ? "WHERE released_at IS NULL" : "", null, cancellationToken);

    public Task<IReadOnlyList<LegalHold>> ActiveHoldsOnContactAsync(string contactId, CancellationToken cancellationToken) =>
        HoldsAsync(
            """
            WHERE released_at IS NULL AND ((subject_kind = 'contact' AND subject_id = @contactId)
                OR (subject_kind = 'case' AND subject_id IN (SELECT reference FROM cases WHERE contact_id = @contactId)))
            """, new { contactId }, cancellationToken);

    public Task<IReadOnlyList<string>> DueConversationsAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken) =>
        IdsAsync(
            $"""
            SELECT c.id FROM conversations c
            WHERE c.status = 3 AND (c.anonymized_at IS NULL OR c.updated_at > c.anonymized_at) AND c.resolved_at < @before AND NOT {ConversationHeld}
            ORDER BY c.resolved_at, c.id LIMIT @limit;
            """, new { before = Iso(before), limit }, cancellationToken);

    public Task<IReadOnlyList<string>> DueCasesAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken) =>
        IdsAsync(
            """
            SELECT k.reference FROM cases k
            WHERE k.status = 2 AND k.anonymized_at IS NULL AND k.updated_at < @before
              AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.released_at IS NULL
                  AND ((h.subject_kind = 'case' AND h.subject_id = k.reference) OR (h.subject_kind = 'contact' AND h.subject_id = k.contact_id)))
            ORDER BY k.updated_at, k.reference LIMIT @limit;
            """, new { before = Iso(before), limit }, cancellationToken);

    public Task<IReadOnlyList<string>> DueContactsAsync(int limit, CancellationToken cancellationToken) =>
        IdsAsync(
            """
            SELECT t.id FROM contacts t
            WHERE t.anonymized_at IS NULL
              AND (EXISTS (SELECT 1 FROM conversations c WHERE c.contact_id = t.id) OR EXISTS (SELECT 1 FROM cases k WHERE k.contact_id = t.id))
              AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.contact_id = t.id AND (c.anonymized_at IS NULL OR c.updated_at > c.anonymized_at))
              AND NOT EXISTS (SELECT 1 FROM cases k WHERE k.contact_id = t.id AND k.anonymized_at IS NULL)
              AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.released_at IS NULL AND h.subject_kind = 'contact' AND h.subject_id = t.id)
            ORDER BY t.id LIMIT @limit;
            """, new { limit }, cancellationToken);

    public async Task<int> AnonymizeConversationsAsync(IReadOnlyCollection<string> conversationIds, DateTimeOffset at, string marker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationIds);
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = db.BeginTransaction(deferred: false);
        var changed = 0;
        foreach (var id in conversationIds)
            changed += await PrivacyRemoval.ConversationAsync(db, tx, id, at, marker, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return changed;
    }

    public async Task<int> AnonymizeCasesAsync(IReadOnlyCollection<string> references, DateTimeOffset at, string marker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(references);
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = db.BeginTransaction(deferred: false);
        var changed = 0;
        foreach (var reference in references)
            changed += await PrivacyRemoval.CaseAsync(db, tx, reference, at, marker, cancellationToken) ? 1 : 0;
        await tx.CommitAsync(cancellationToken);
        return changed;
    }

    public async Task<int> AnonymizeContactsAsync(IReadOnlyCollection<string> contactIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contactIds);
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = db.BeginTransaction(deferred: false);
        var changed = 0;
        foreach (var id in contactIds)
            changed += await PrivacyRemoval.ContactAsync(db, tx, id, at, cancellationToken) ? 1 : 0;
        await tx.CommitAsync(cancellationToken);
        return changed;
    }

    public async Task<ErasureCounts?> EraseContactAsync(string contactId, DateTimeOffset at, string marker, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = db.BeginTransaction(deferred: false);
        if (await db.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM contacts WHERE id = @contactId;", new { contactId }, tx, cancellationToken: cancellationToken)) == 0)
            return null;
        var conversations = (await db.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM conversations WHERE contact_id = @contactId;", new { contactId }, tx, cancellationToken: cancellationToken))).ToList();
        var cases = (await db.QueryAsync<string>(new CommandDefinition(
            "SELECT reference FROM cases WHERE contact_id = @contactId;", new { contactId }, tx, cancellationToken: cancellationToken))).ToList();
        var messages = 0;
        foreach (var id in conversations)
            messages += await PrivacyRemoval.ConversationAsync(db, tx, id, at, marker, cancellationToken);
        var anonymizedCases = 0;
        foreach (var reference in cases)
            anonymizedCases += await PrivacyRemoval.CaseAsync(db, tx, reference, at, marker, cancellationToken) ? 1 : 0;
        var contact = await PrivacyRemoval.ContactAsync(db, tx, contactId, at, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new ErasureCounts(conversations.Count, messages, anonymizedCases, contact);
    }

    public async Task<int> ScrubAsync(RetentionRecord record, DateTimeOffset before, int limit, CancellationToken cancellationToken)
    {
        var sql = record switch
        {
            RetentionRecord.InsightQuestions =>
                "UPDATE answer_log SET question = '' WHERE rowid IN (SELECT rowid FROM answer_log WHERE at < @before AND question <> '' LIMIT @limit);",
            RetentionRecord.OutreachSends =>
                """
                UPDATE outreach_recipients SET address = '' WHERE (broadcast_id, contact_id) IN (SELECT broadcast_id, contact_id FROM outreach_recipients
                WHERE updated_at < @before AND address <> '' AND status NOT IN ('planned', 'sending') LIMIT @limit);
                """,
            RetentionRecord.SurveyAnswers =>
                "UPDATE survey_answers SET text = NULL WHERE (run_id, question_id) IN (SELECT run_id, question_id FROM survey_answers WHERE answered_at < @before AND text IS NOT NULL LIMIT @limit);",
            RetentionRecord.Attachments =>
                "UPDATE attachments SET content = zeroblob(0), name = id, sha256 = '' WHERE id IN (SELECT id FROM attachments WHERE created_at < @before AND sha256 <> '' LIMIT @limit);",
            RetentionRecord.AuditEntries =>
                """
                DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE at < @before LIMIT @limit);
                DELETE FROM contact_audit WHERE id IN (SELECT id FROM contact_audit WHERE at < @before LIMIT @limit);
                """,
            _ => throw new ArgumentOutOfRangeException(nameof(record), record, "No such record type."),
        };
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteAsync(new CommandDefinition(sql, new { before = Iso(before), limit }, cancellationToken: cancellationToken));
    }

    public async Task<ContactRecords?> ContactRecordsAsync(string contactId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        if (await db.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM contacts WHERE id = @contactId;", new { contactId }, cancellationToken: cancellationToken)) == 0)
            return null;
        var conversations = (await db.QueryAsync<(string Id, long Status)>(new CommandDefinition(
            "SELECT id, status FROM conversations WHERE contact_id = @contactId ORDER BY created_at;", new { contactId }, cancellationToken: cancellationToken))).ToList();
        var cases = await db.QueryAsync<string>(new CommandDefinition(
            "SELECT reference FROM cases WHERE contact_id = @contactId ORDER BY created_at;", new { contactId }, cancellationToken: cancellationToken));
        return new ContactRecords(contactId, [.. conversations.Select(c => c.Id)], [.. conversations.Where(c => c.Status != 3).Select(c => c.Id)], [.. cases]);
    }

    public Task<IReadOnlyList<RecordSection>?> ExportContactAsync(string contactId, CancellationToken cancellationToken) =>
        PrivacyExport.ContactAsync(database, contactId, cancellationToken);

    public Task<IReadOnlyList<RecordSection>?> ExportConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        PrivacyExport.ConversationAsync(database, conversationId, cancellationToken);

    public Task<IReadOnlyList<RecordSection>?> ExportCaseAsync(string reference, CancellationToken cancellationToken) =>
        PrivacyExport.CaseAsync(database, reference, cancellationToken);

    private async Task<IReadOnlyList<string>> IdsAsync(string sql, object args, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return [.. await db.QueryAsync<string>(new CommandDefinition(sql, args, cancellationToken: cancellationToken))];
    }

    private async Task<IReadOnlyList<LegalHold>> HoldsAsync(string where, object? args, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(string Id, string SubjectKind, string SubjectId, string Reason, string Reference, string PlacedBy, string PlacedAt, string? ReleasedBy, string? ReleasedAt)>(
            new CommandDefinition(
                $"SELECT id, subject_kind, subject_id, reason, reference, placed_by, placed_at, released_by, released_at FROM legal_holds {where} ORDER BY placed_at DESC, id;",
                args, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new LegalHold(r.Id, r.SubjectKind, r.SubjectId, r.Reason, r.Reference, r.PlacedBy, ContactRow.Parse(r.PlacedAt))
        {
            ReleasedBy = r.ReleasedBy, ReleasedAt = ContactRow.ParseNullable(r.ReleasedAt),
        })];
    }
}
