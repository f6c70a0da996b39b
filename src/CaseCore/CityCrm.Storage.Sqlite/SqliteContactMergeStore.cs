using System.Text.Json;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Model;
using Dapper;
using Microsoft.Data.Sqlite;
using static CityCrm.Storage.Sqlite.SqliteConversationStore;

namespace CityCrm.Storage.Sqlite;

/// <summary>
/// Merges in the embedded SQLite file: one transaction moves the rows and records their keys in
/// <c>contact_merges</c>, so the undo moves back exactly those rows and nothing the target gained since.
/// </summary>
public sealed class SqliteContactMergeStore(SqliteDatabase database) : IContactMergeStore
{
    public async Task<ContactMerge> MergeAsync(ContactMergePlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var (source, target) = (plan.SourceBefore.ContactId, plan.TargetBefore.ContactId);
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = db.BeginTransaction(deferred: false);
        if (await ContactProfileRows.VersionAsync(db, tx, source, cancellationToken) != plan.SourceBefore.Version
            || await ContactProfileRows.VersionAsync(db, tx, target, cancellationToken) != plan.TargetBefore.Version)
            throw new ConcurrencyConflictException("One of the contacts was changed while merging: reload both and try again.");
        var moved = new MovedRows(
            [.. await IdsAsync(db, tx, "SELECT id FROM conversations WHERE contact_id = @source;", source, cancellationToken)],
            [.. await IdsAsync(db, tx, "SELECT id FROM cases WHERE contact_id = @source;", source, cancellationToken)],
            [.. (await db.QueryAsync<long>(new CommandDefinition("SELECT id FROM contact_consents WHERE contact_id = @source;", new { source }, tx, cancellationToken: cancellationToken)))],
            [.. (await db.QueryAsync<(string InboxId, string Address)>(new CommandDefinition(
                "SELECT inbox_id, address FROM contact_identities WHERE contact_id = @source;", new { source }, tx, cancellationToken: cancellationToken)))
                .Select(i => new MovedIdentity(i.InboxId, i.Address))]);
        await MoveAsync(db, tx, moved, source, target, cancellationToken);
        await ContactProfileRows.WriteAsync(db, tx, plan.SourceAfter, cancellationToken);
        await ContactProfileRows.WriteAsync(db, tx, plan.TargetAfter, cancellationToken);
        await ContactProfileRows.AuditAsync(db, tx, plan.Audit, cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO contact_merges (id, source_id, target_id, actor, at, undo_until, moved, source_before, target_before, target_version)
            VALUES (@Id, @source, @target, @Actor, @At, @UndoUntil, @Moved, @SourceBefore, @TargetBefore, @TargetVersion);
            """,
            new
            {
                plan.Id, source, target, plan.Actor, At = Iso(plan.At), UndoUntil = Iso(plan.UndoUntil),
                Moved = JsonSerializer.Serialize(moved, ContactProfileRows.Json),
                SourceBefore = JsonSerializer.Serialize(plan.SourceBefore, ContactProfileRows.Json),
                TargetBefore = JsonSerializer.Serialize(plan.TargetBefore, ContactProfileRows.Json),
                TargetVersion = plan.TargetAfter.Version,
            },
            tx, cancellationToken: cancellationToken));
        await tx.CommitAsync(cancellationToken);
        return ToMerge(plan.Id, source, target, plan.Actor, plan.At, plan.UndoUntil, null, moved);
    }

    public async Task<ContactMerge?> GetAsync(string mergeId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await ReadAsync(db, null, mergeId, cancellationToken);
        return row is null ? null : ToMerge(row);
    }

    public async Task<UndoMergeOutcome> UndoAsync(string mergeId, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = db.BeginTransaction(deferred: false);
        var row = await ReadAsync(db, tx, mergeId, cancellationToken);
        if (row is null)
            return UndoMergeOutcome.NotFound;
        if (row.UndoneAt is not null)
            return UndoMergeOutcome.AlreadyUndone;
        if (at > ContactRow.Parse(row.UndoUntil))
            return UndoMergeOutcome.Expired;
        if (await ContactProfileRows.VersionAsync(db, tx, row.TargetId, cancellationToken) != row.TargetVersion)
            return UndoMergeOutcome.ChangedSince;
        var moved = JsonSerializer.Deserialize<MovedRows>(row.Moved, ContactProfileRows.Json)!;
        await MoveAsync(db, tx, moved, row.TargetId, row.SourceId, cancellationToken);
        foreach (var before in new[] { row.SourceBefore, row.TargetBefore }.Select(j => JsonSerializer.Deserialize<ContactProfileData>(j, ContactProfileRows.Json)!))
        {
            var current = await ContactProfileRows.VersionAsync(db, tx, before.ContactId, cancellationToken);
            await ContactProfileRows.WriteAsync(db, tx, before with { Version = current + 1, UpdatedAt = at }, cancellationToken);
        }
        await ContactProfileRows.AuditAsync(db, tx, [
            new ContactAuditEntry(row.TargetId, actor, at, ContactAuditEntry.Unmerge, "contact", row.SourceId, row.TargetId),
            new ContactAuditEntry(row.SourceId, actor, at, ContactAuditEntry.Unmerge, "contact", row.SourceId, row.TargetId)], cancellationToken);
        await db.ExecuteAsync(new CommandDefinition("UPDATE contact_merges SET undone_at = @at WHERE id = @mergeId;",
            new { at = Iso(at), mergeId }, tx, cancellationToken: cancellationToken));
        await tx.CommitAsync(cancellationToken);
        return UndoMergeOutcome.Undone;
    }

    // Moves only the listed rows, and only while they still belong to `from`.
    private static async Task MoveAsync(SqliteConnection db, SqliteTransaction tx, MovedRows rows, string from, string to, CancellationToken cancellationToken)
    {
        await db.ExecuteAsync(new CommandDefinition("UPDATE conversations SET contact_id = @to WHERE contact_id = @from AND id IN @ids;",
            new { from, to, ids = rows.Conversations }, tx, cancellationToken: cancellationToken));
        await db.ExecuteAsync(new CommandDefinition("UPDATE cases SET contact_id = @to WHERE contact_id = @from AND id IN @ids;",
            new { from, to, ids = rows.Cases }, tx, cancellationToken: cancellationToken));
        await db.ExecuteAsync(new CommandDefinition("UPDATE contact_consents SET contact_id = @to WHERE contact_id = @from AND id IN @ids;",
            new { from, to, ids = rows.Consents }, tx, cancellationToken: cancellationToken));
        await db.ExecuteAsync(new CommandDefinition(
            "UPDATE contact_identities SET contact_id = @to WHERE contact_id = @from AND inbox_id = @InboxId AND address = @Address;",
            rows.Identities.Select(i => new { from, to, i.InboxId, i.Address }), tx, cancellationToken: cancellationToken));
    }

    private static Task<IEnumerable<string>> IdsAsync(SqliteConnection db, SqliteTransaction tx, string sql, string source, CancellationToken cancellationToken) =>
        db.QueryAsync<string>(new CommandDefinition(sql, new { source }, tx, cancellationToken: cancellationToken));

    private static Task<MergeRow?> ReadAsync(SqliteConnection db, SqliteTransaction? tx, string mergeId, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<MergeRow>(new CommandDefinition(
            "SELECT id, source_id, target_id, actor, at, undo_until, undone_at, moved, source_before, target_before, target_version FROM contact_merges WHERE id = @mergeId;",
            new { mergeId }, tx, cancellationToken: cancellationToken));

    private static ContactMerge ToMerge(MergeRow r) => ToMerge(r.Id, r.SourceId, r.TargetId, r.Actor, ContactRow.Parse(r.At), ContactRow.Parse(r.UndoUntil),
        ContactRow.ParseNullable(r.UndoneAt), JsonSerializer.Deserialize<MovedRows>(r.Moved, ContactProfileRows.Json)!);

    private static ContactMerge ToMerge(string id, string source, string target, string actor, DateTimeOffset at, DateTimeOffset until, DateTimeOffset? undone, MovedRows m) =>
        new(id, source, target, actor, at, until, undone, m.Conversations.Count, m.Cases.Count, m.Consents.Count, m.Identities.Count);

    private sealed record MovedRows(List<string> Conversations, List<string> Cases, List<long> Consents, List<MovedIdentity> Identities);

    private sealed record MovedIdentity(string InboxId, string Address);

    private sealed class MergeRow
    {
        public string Id { get; set; } = "";
        public string SourceId { get; set; } = "";
        public string TargetId { get; set; } = "";
        public string Actor { get; set; } = "";
        public string At { get; set; } = "";
        public string UndoUntil { get; set; } = "";
        public string? UndoneAt { get; set; }
        public string Moved { get; set; } = "";
        public string SourceBefore { get; set; } = "";
        public string TargetBefore { get; set; } = "";
        public long TargetVersion { get; set; }
    }
}
