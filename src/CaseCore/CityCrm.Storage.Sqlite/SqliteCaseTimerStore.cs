using System.Text.Json;
using CityCrm.CaseCore;
using CityCrm.CaseCore.Workflow;
using Dapper;

namespace CityCrm.Storage.Sqlite;

/// <summary>
/// Durable case timers in the case_timers table. A claim is one UPDATE ... RETURNING statement (its own transaction),
/// so two hosts over the same file never claim the same timer under live leases.
/// </summary>
public sealed class SqliteCaseTimerStore(SqliteDatabase database) : ICaseTimerStore
{
    private const string Columns = "id AS Id, case_reference AS Reference, name AS Name, due_at AS DueAt, fired_at AS FiredAt";

    public async Task ScheduleAsync(string reference, IReadOnlyList<(string Name, DateTimeOffset DueAt)> timers, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        if (timers.Count == 0)
            return;
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = db.BeginTransaction(deferred: false);
        foreach (var (name, due) in timers)
        {
            await db.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO case_timers (id, case_reference, name, due_at) VALUES (@id, @reference, @name, @due)
                ON CONFLICT (case_reference, name) DO UPDATE SET due_at = excluded.due_at WHERE fired_at IS NULL;
                """,
                new { id = SqliteConversationStore.NewId(), reference, name, due = SqliteConversationStore.Iso(due) }, tx,
                cancellationToken: cancellationToken));
        }
        await tx.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CaseTimer>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        var at = SqliteConversationStore.Iso(now);
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<TimerRow>(new CommandDefinition(
            $"""
            UPDATE case_timers SET claimed_by = @owner, claimed_until = @until
            WHERE id IN (SELECT id FROM case_timers
                         WHERE fired_at IS NULL AND due_at <= @at AND (claimed_until IS NULL OR claimed_until <= @at)
                         ORDER BY due_at LIMIT @max)
            RETURNING {Columns};
            """,
            new { owner, until = SqliteConversationStore.Iso(now + lease), at, max }, cancellationToken: cancellationToken));
        return rows.OrderBy(r => r.DueAt, StringComparer.Ordinal).Select(r => r.ToTimer()).ToList();
    }

    public async Task MarkFiredAsync(string timerId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            "UPDATE case_timers SET fired_at = @at, claimed_until = NULL WHERE id = @timerId AND fired_at IS NULL;",
            new { timerId, at = SqliteConversationStore.Iso(at) }, cancellationToken: cancellationToken));
    }

    public async Task CompleteAsync(Case changed, string timerId, IReadOnlyList<CaseAlert> alerts, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = db.BeginTransaction(deferred: false);
        await SqliteCaseStore.UpdateAsync(db, tx, changed, cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            "UPDATE case_timers SET fired_at = @at, claimed_until = NULL, alerts = @alerts WHERE id = @timerId AND fired_at IS NULL;",
            new
            {
                timerId, at = SqliteConversationStore.Iso(at),
                alerts = alerts.Count == 0 ? null : JsonSerializer.Serialize(alerts, SqliteCaseStore.HistoryJson),
            }, tx, cancellationToken: cancellationToken));
        await tx.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TimerAlerts>> UndeliveredAsync(int max, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(string Id, string Alerts)>(new CommandDefinition(
            """
            SELECT id, alerts FROM case_timers WHERE alerts IS NOT NULL AND alerts_delivered_at IS NULL
            ORDER BY fired_at, id LIMIT @max;
            """,
            new { max }, cancellationToken: cancellationToken));
        return rows.Select(r => new TimerAlerts(r.Id, JsonSerializer.Deserialize<List<CaseAlert>>(r.Alerts, SqliteCaseStore.HistoryJson) ?? []))
            .ToList();
    }

    public async Task MarkDeliveredAsync(string timerId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            "UPDATE case_timers SET alerts_delivered_at = @at WHERE id = @timerId AND alerts_delivered_at IS NULL;",
            new { timerId, at = SqliteConversationStore.Iso(at) }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<(CaseTimer Timer, DateTimeOffset? FiredAt)>> ListAsync(string reference, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<TimerRow>(new CommandDefinition(
            $"SELECT {Columns} FROM case_timers WHERE case_reference = @reference ORDER BY due_at, name;",
            new { reference }, cancellationToken: cancellationToken));
        return rows.Select(r => (r.ToTimer(), ContactRow.ParseNullable(r.FiredAt))).ToList();
    }

    private sealed class TimerRow
    {
        public string Id { get; set; } = "";
        public string Reference { get; set; } = "";
        public string Name { get; set; } = "";
        public string DueAt { get; set; } = "";
        public string? FiredAt { get; set; }

        public CaseTimer ToTimer() => new(Id, Reference, Name, ContactRow.Parse(DueAt));
    }
}
