using CityCrm.CaseCore.Workflow;

namespace CityCrm.CaseCore.Tests.Fakes;

/// <summary>
/// Timers in memory with the store contract's rules: one per case and name, leases, fired once; completing saves the
/// case in <paramref name="cases"/> first, so a conflict marks nothing.
/// </summary>
public sealed class InMemoryTimerStore(ICaseStore cases) : ICaseTimerStore
{
    private readonly Lock gate = new();
    private readonly List<Row> rows = [];

    public Task ScheduleAsync(string reference, IReadOnlyList<(string Name, DateTimeOffset DueAt)> timers, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var (name, due) in timers)
            {
                var row = rows.Find(r => r.Timer.Reference == reference && r.Timer.Name == name);
                if (row is null)
                    rows.Add(new Row { Timer = new CaseTimer(Guid.NewGuid().ToString("N"), reference, name, due) });
                else if (row.FiredAt is null)
                    row.Timer = row.Timer with { DueAt = due };
            }
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CaseTimer>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var due = rows.Where(r => r.FiredAt is null && r.Timer.DueAt <= now && (r.ClaimedUntil is null || r.ClaimedUntil <= now))
                .OrderBy(r => r.Timer.DueAt).Take(max).ToList();
            foreach (var row in due)
                row.ClaimedUntil = now + lease;
            return Task.FromResult<IReadOnlyList<CaseTimer>>(due.Select(r => r.Timer).ToList());
        }
    }

    public Task MarkFiredAsync(string timerId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (rows.Find(r => r.Timer.Id == timerId) is { FiredAt: null } row)
                row.FiredAt = at;
        }
        return Task.CompletedTask;
    }

    public async Task CompleteAsync(Case changed, string timerId, IReadOnlyList<CaseAlert> alerts, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await cases.SaveAsync(changed, cancellationToken);
        lock (gate)
        {
            if (rows.Find(r => r.Timer.Id == timerId) is { FiredAt: null } row)
                (row.FiredAt, row.Alerts) = (at, alerts.Count == 0 ? null : alerts);
        }
    }

    public Task<IReadOnlyList<TimerAlerts>> UndeliveredAsync(int max, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<TimerAlerts> list = rows.Where(r => r.Alerts is not null && r.DeliveredAt is null).OrderBy(r => r.FiredAt).Take(max)
                .Select(r => new TimerAlerts(r.Timer.Id, r.Alerts!)).ToList();
            return Task.FromResult(list);
        }
    }

    public Task MarkDeliveredAsync(string timerId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (rows.Find(r => r.Timer.Id == timerId) is { DeliveredAt: null } row)
                row.DeliveredAt = at;
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<(CaseTimer Timer, DateTimeOffset? FiredAt)>> ListAsync(string reference, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<(CaseTimer, DateTimeOffset?)> list = rows.Where(r => r.Timer.Reference == reference)
                .OrderBy(r => r.Timer.DueAt).Select(r => (r.Timer, r.FiredAt)).ToList();
            return Task.FromResult(list);
        }
    }

    private sealed class Row
    {
        public required CaseTimer Timer { get; set; }
        public DateTimeOffset? ClaimedUntil { get; set; }
        public DateTimeOffset? FiredAt { get; set; }
        public IReadOnlyList<CaseAlert>? Alerts { get; set; }
        public DateTimeOffset? DeliveredAt { get; set; }
    }
}
