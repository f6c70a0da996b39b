namespace CityCrm.CaseCore.Workflow;

/// <summary>
/// Durable case timers. A timer is claimed for a while (a lease) before it runs; a process that dies before the timer
/// completes leaves a lease that runs out, so another claim picks the timer up again and nothing is lost. Completing
/// commits the case change, the fired mark and the alerts raised in one transaction (<see cref="CompleteAsync"/>), and
/// the alerts stay undelivered until marked, so a restart between the commit and the delivery neither loses nor repeats.
/// </summary>
public interface ICaseTimerStore
{
    /// <summary>Adds the case's timers, or moves those not fired yet to their new time; one timer per case and name.</summary>
    Task ScheduleAsync(string reference, IReadOnlyList<(string Name, DateTimeOffset DueAt)> timers, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> timers due at <paramref name="now"/> that are neither fired nor claimed by a
    /// live lease, for <paramref name="lease"/>, in one transaction, so two pollers never claim the same timer at once.
    /// </summary>
    Task<IReadOnlyList<CaseTimer>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>Marks a claimed timer fired; it is never claimed again.</summary>
    Task MarkFiredAsync(string timerId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The case's timers (fired or not), by due time, for staff and tests.</summary>
    Task<IReadOnlyList<(CaseTimer Timer, DateTimeOffset? FiredAt)>> ListAsync(string reference, CancellationToken cancellationToken);

    /// <summary>
    /// Saves the case change a claimed timer caused (version-checked like <see cref="ICaseStore.SaveAsync"/>), marks the
    /// timer fired and keeps the <paramref name="alerts"/> it raised as undelivered, all or nothing. A stale case throws
    /// <see cref="CaseConflictException"/> and changes nothing.
    /// </summary>
    Task CompleteAsync(Case changed, string timerId, IReadOnlyList<CaseAlert> alerts, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Fired timers whose alerts are not marked delivered yet, oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<TimerAlerts>> UndeliveredAsync(int max, CancellationToken cancellationToken);

    /// <summary>Marks a fired timer's alerts delivered; they are never listed again.</summary>
    Task MarkDeliveredAsync(string timerId, DateTimeOffset at, CancellationToken cancellationToken);
}
