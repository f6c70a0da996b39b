using System.Text.Json;
using CityCrm.CaseCore.Approvals;
using Dapper;

namespace CityCrm.Storage.Sqlite;

/// <summary>Approvals in the case_approvals table; the change waiting for approval is kept as JSON.</summary>
public sealed class SqliteCaseApprovalStore(SqliteDatabase database) : ICaseApprovalStore
{
    private const string Columns =
        "id AS Id, case_reference AS Reference, action AS Action, role AS Role, payload AS Payload, requested_by AS RequestedBy, " +
        "requested_at AS RequestedAt, state AS State, decided_by AS DecidedBy, decided_at AS DecidedAt, comment AS Comment";

    public async Task CreateAsync(CaseApproval approval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approval);
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO case_approvals (id, case_reference, action, role, payload, requested_by, requested_at, state, decided_by, decided_at, comment)
            VALUES (@Id, @Reference, @Action, @Role, @Payload, @RequestedBy, @RequestedAt, @State, @DecidedBy, @DecidedAt, @Comment);
            """,
            new
            {
                approval.Id, approval.Reference, approval.Change.Action, approval.Role,
                Payload = JsonSerializer.Serialize(approval.Change, SqliteCaseStore.HistoryJson),
                approval.RequestedBy, RequestedAt = SqliteConversationStore.Iso(approval.RequestedAt), State = approval.State.ToString(),
                approval.DecidedBy, DecidedAt = approval.DecidedAt is { } d ? SqliteConversationStore.Iso(d) : null, approval.Comment,
            }, cancellationToken: cancellationToken));
    }

    public async Task<CaseApproval?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<ApprovalRow>(new CommandDefinition(
            $"SELECT {Columns} FROM case_approvals WHERE id = @id;", new { id }, cancellationToken: cancellationToken));
        return row?.ToApproval();
    }

    public async Task<IReadOnlyList<CaseApproval>> ListPendingAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<ApprovalRow>(new CommandDefinition(
            $"SELECT {Columns} FROM case_approvals WHERE state = 'Pending' AND role IN @roles ORDER BY requested_at, id;",
            new { roles = roles.ToArray() }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToApproval()).ToList();
    }

    public async Task<IReadOnlyList<CaseApproval>> ListForCaseAsync(string reference, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<ApprovalRow>(new CommandDefinition(
            $"SELECT {Columns} FROM case_approvals WHERE case_reference = @reference ORDER BY requested_at, id;",
            new { reference }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToApproval()).ToList();
    }

    public async Task<bool> DecideAsync(string id, ApprovalState decision, string decidedBy, string? comment, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (decision == ApprovalState.Pending)
            throw new ArgumentException("A decision approves or rejects.", nameof(decision));
        await using var db = await database.OpenAsync(cancellationToken);
        var changed = await db.ExecuteAsync(new CommandDefinition(
            "UPDATE case_approvals SET state = @state, decided_by = @decidedBy, decided_at = @at, comment = @comment WHERE id = @id AND state = 'Pending';",
            new { id, state = decision.ToString(), decidedBy, at = SqliteConversationStore.Iso(at), comment }, cancellationToken: cancellationToken));
        return changed == 1;
    }

    private sealed class ApprovalRow
    {
        public string Id { get; set; } = "";
        public string Reference { get; set; } = "";
        public string Action { get; set; } = "";
        public string Role { get; set; } = "";
        public string Payload { get; set; } = "{}";
        public string RequestedBy { get; set; } = "";
        public string RequestedAt { get; set; } = "";
        public string State { get; set; } = "";
        public string? DecidedBy { get; set; }
        public string? DecidedAt { get; set; }
        public string? Comment { get; set; }

        public CaseApproval ToApproval() => new(
            Id, Reference, JsonSerializer.Deserialize<CaseChange>(Payload, SqliteCaseStore.HistoryJson) ?? new CaseChange(Action), Role,
            RequestedBy, ContactRow.Parse(RequestedAt), Enum.Parse<ApprovalState>(State), DecidedBy, ContactRow.ParseNullable(DecidedAt), Comment);
    }
}
