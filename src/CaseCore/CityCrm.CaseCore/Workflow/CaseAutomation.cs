using CityCrm.CaseCore.Sla;
using Microsoft.Extensions.Logging;

namespace CityCrm.CaseCore.Workflow;

/// <summary>
/// What happens around a case's changes without anyone asking: the due time from the service's SLA, the workflow
/// rules (on create, on update, on timers), the durable timers a case needs, and delivering the rules' alerts.
/// </summary>
public sealed class CaseAutomation(
    WorkflowEngine engine, SlaPolicy sla, ICaseStore store, ICaseTimerStore timers, ICaseAlerts alerts, TimeProvider clock,
    ILogger<CaseAutomation> logger, Suggestions.ClosedCaseHistory? history = null)
{
    private const int SaveAttempts = 3;

    public WorkflowEngine Engine => engine;

    /// <summary>Before a new case is stored: its due time, then the create rules (which may route it out of "new").</summary>
    public IReadOnlyList<CaseAlert> OnCreating(Case created, ServiceDefinition service)
    {
        ArgumentNullException.ThrowIfNull(created);
        created.DueAt = sla.DueAt(service, created.CreatedAt);
        return engine.Run(WorkflowTrigger.Create, created, clock.GetUtcNow());
    }

    /// <summary>After a staff change and before it is saved: the update rules.</summary>
    public IReadOnlyList<CaseAlert> OnUpdating(Case changed) => engine.Run(WorkflowTrigger.Update, changed, clock.GetUtcNow());

    /// <summary>After a save: schedules (or moves) the case's timers and delivers the alerts.</summary>
    public async Task AfterSaveAsync(Case saved, IReadOnlyList<CaseAlert> raised, CancellationToken cancellationToken)
    {
        if (!saved.IsClosed)
            await timers.ScheduleAsync(saved.Reference, engine.TimersFor(saved), cancellationToken);
        await PublishAsync(raised, cancellationToken);
        await LearnAsync(saved, cancellationToken);
    }

    // A closed case teaches the suggestion ranker; a history file that cannot be written never undoes the close.
    private async Task LearnAsync(Case saved, CancellationToken cancellationToken)
    {
        if (history is null)
            return;
        try
        {
            await history.RecordAsync(saved, cancellationToken);
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "Closed case {Reference} was not added to the suggestion history", saved.Reference);
        }
    }

    /// <summary>
    /// Runs one claimed timer: its rules act on the case once, and the case change, the fired mark and the alerts raised
    /// commit together (<see cref="ICaseTimerStore.CompleteAsync"/>); then the alerts go out. A case changed meanwhile is
    /// read again and the rules re-run on the latest state.
    /// </summary>
    public async Task FireAsync(CaseTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        IReadOnlyList<CaseAlert> raised;
        for (var attempt = 1; ; attempt++)
        {
            var found = await store.GetByReferenceAsync(timer.Reference, cancellationToken);
            if (found is null || found.HasTimerFired(timer.Id))
            {
                // No case, or one saved by a run that stopped before marking the timer (before timers kept their alerts).
                await timers.MarkFiredAsync(timer.Id, clock.GetUtcNow(), cancellationToken);
                return;
            }
            var now = clock.GetUtcNow();
            raised = timer.Name.StartsWith(WorkflowEngine.AgePrefix, StringComparison.Ordinal)
                ? engine.Run(WorkflowTrigger.Age, found, now, timer.Name[WorkflowEngine.AgePrefix.Length..])
                : engine.Run(timer.Name, found, now);
            found.MarkTimer(timer.Id, WorkflowEngine.Actor, now);
            try
            {
                await timers.CompleteAsync(found, timer.Id, raised, now, cancellationToken);
                break;
            }
            catch (CaseConflictException) when (attempt < SaveAttempts)
            {
            }
        }
        if (raised.Count > 0)
            await DeliverAsync(new TimerAlerts(timer.Id, raised), cancellationToken);
    }

    /// <summary>
    /// Delivers what fired timers raised and nobody delivered yet (a process stopped after the commit), each alert with
    /// its timer-derived key, then marks it delivered; answers how many timers' alerts went out.
    /// </summary>
    public async Task<int> DeliverPendingAsync(int max, CancellationToken cancellationToken)
    {
        var pending = await timers.UndeliveredAsync(max, cancellationToken);
        foreach (var fired in pending)
            await DeliverAsync(fired, cancellationToken);
        return pending.Count;
    }

    // The keys depend only on the timer and the alert's place in the list, so the first delivery and a redelivery after
    // a restart carry the same ones.
    private async Task DeliverAsync(TimerAlerts fired, CancellationToken cancellationToken)
    {
        await PublishAsync(fired.Keyed().ToList(), cancellationToken);
        await timers.MarkDeliveredAsync(fired.TimerId, clock.GetUtcNow(), cancellationToken);
    }

    public async Task PublishAsync(IReadOnlyList<CaseAlert> raised, CancellationToken cancellationToken)
    {
        foreach (var alert in raised)
        {
            try
            {
                await alerts.PublishAsync(alert, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The change is saved; a failed alert is logged rather than undoing it.
                logger.LogWarning(e, "Alert {Kind} for case {Reference} was not delivered", alert.Kind, alert.Reference);
            }
        }
    }
}
