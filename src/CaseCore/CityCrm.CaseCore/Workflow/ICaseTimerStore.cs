namespace CityCrm.CaseCore.Workflow;

/// <summary>
/// Durable case timers. A timer is claimed for a while (a lease) before it runs and marked fired after; a process that
/// dies in between leaves a lease that runs out, so another claim picks the timer up again and nothing is lost. The
/// case itself records each timer that acted on it (<see cref="Case.HasTimerFired"/>), so a timer claimed twice never
/// acts twice.
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
}
