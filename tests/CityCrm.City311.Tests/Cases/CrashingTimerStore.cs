using CityCrm.CaseCore;
using CityCrm.CaseCore.Workflow;

namespace CityCrm.City311.Tests.Cases;

/// <summary>
/// The host's timer store, stopping the run like a killed process at one chosen point: right after the timer's commit,
/// or right after its alerts went out but before they are marked delivered.
/// </summary>
internal sealed class CrashingTimerStore(ICaseTimerStore inner, bool afterCommit) : ICaseTimerStore
{
    public Task ScheduleAsync(string reference, IReadOnlyList<(string Name, DateTimeOffset DueAt)> timers, CancellationToken cancellationToken) =>
        inner.ScheduleAsync(reference, timers, cancellationToken);

    public Task<IReadOnlyList<CaseTimer>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken) =>
        inner.ClaimDueAsync(owner, now, lease, max, cancellationToken);

    public Task MarkFiredAsync(string timerId, DateTimeOffset at, CancellationToken cancellationToken) =>
        inner.MarkFiredAsync(timerId, at, cancellationToken);

    public Task<IReadOnlyList<(CaseTimer Timer, DateTimeOffset? FiredAt)>> ListAsync(string reference, CancellationToken cancellationToken) =>
        inner.ListAsync(reference, cancellationToken);

    public async Task CompleteAsync(Case changed, string timerId, IReadOnlyList<CaseAlert> alerts, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await inner.CompleteAsync(changed, timerId, alerts, at, cancellationToken);
        if (afterCommit)
            throw new IOException("The process stopped after the commit.");
    }

    public Task<IReadOnlyList<TimerAlerts>> UndeliveredAsync(int max, CancellationToken cancellationToken) =>
        inner.UndeliveredAsync(max, cancellationToken);

    public async Task MarkDeliveredAsync(string timerId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (!afterCommit)
            throw new IOException("The process stopped before marking the alerts delivered.");
        await inner.MarkDeliveredAsync(timerId, at, cancellationToken);
    }
}
