using System.Globalization;
using CityCrm.CaseCore.Duplicates;
using Dapper;
using static CityCrm.Storage.Sqlite.SqliteConversationStore;

namespace CityCrm.Storage.Sqlite;

/// <summary>Residents attached to cases, in the embedded SQLite file (<c>case_followers</c>).</summary>
public sealed class SqliteCaseFollowers(SqliteDatabase database) : ICaseFollowers
{
    private const string Columns =
        "case_reference AS CaseReference, kind AS Kind, contact_id AS ContactId, conversation_id AS ConversationId, channel AS Channel, " +
        "updates AS Updates, note AS Note, report_reference AS ReportReference, created_at AS CreatedAt";

    public async Task AddAsync(CaseFollower follower, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(follower);
        ArgumentException.ThrowIfNullOrWhiteSpace(follower.CaseReference);
        ArgumentException.ThrowIfNullOrWhiteSpace(follower.ContactId);
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO case_followers (case_reference, kind, contact_id, conversation_id, channel, updates, note, report_reference, created_at)
            VALUES (@CaseReference, @Kind, @ContactId, @ConversationId, @Channel, @Updates, @Note, @ReportReference, @CreatedAt)
            ON CONFLICT (case_reference, contact_id, kind) DO UPDATE SET conversation_id = excluded.conversation_id,
                channel = excluded.channel, updates = excluded.updates, note = excluded.note, report_reference = excluded.report_reference;
            """,
            new
            {
                follower.CaseReference,
                Kind = (int)follower.Kind,
                follower.ContactId,
                follower.ConversationId,
                follower.Channel,
                Updates = (int)follower.Updates,
                follower.Note,
                follower.ReportReference,
                CreatedAt = Iso(follower.CreatedAt),
            },
            cancellationToken: cancellationToken));
    }

    public Task<IReadOnlyList<CaseFollower>> ListAsync(string caseReference, CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM case_followers WHERE case_reference = @key ORDER BY created_at, rowid;", caseReference, cancellationToken);

    public Task<IReadOnlyList<CaseFollower>> DuplicatesOfAsync(string reportReference, CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM case_followers WHERE report_reference = @key ORDER BY created_at, rowid;", reportReference, cancellationToken);

    private async Task<IReadOnlyList<CaseFollower>> QueryAsync(string sql, string key, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<Row>(new CommandDefinition(sql, new { key }, cancellationToken: cancellationToken));
        return rows.Select(r => new CaseFollower(
            r.CaseReference, (FollowerKind)r.Kind, r.ContactId, r.ConversationId, r.Channel, (UpdatePreference)r.Updates, r.Note,
            r.ReportReference, DateTimeOffset.Parse(r.CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)))
            .ToList();
    }

    private sealed record Row(
        string CaseReference, long Kind, string ContactId, string? ConversationId, string Channel, long Updates, string Note,
        string? ReportReference, string CreatedAt);
}
