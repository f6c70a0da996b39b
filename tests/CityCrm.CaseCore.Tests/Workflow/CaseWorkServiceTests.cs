using CityCrm.CaseCore.Approvals;
using CityCrm.CaseCore.Sla;
using CityCrm.CaseCore.Tests.Fakes;
using CityCrm.CaseCore.Workflow;
using Microsoft.Extensions.Logging.Abstractions;

namespace CityCrm.CaseCore.Tests.Workflow;

public sealed class CaseWorkServiceTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ServiceDefinition Vehicle = new("abandoned-vehicle", "Abandoned vehicle", "Parking", "Cars", [])
    {
        TargetResolution = TimeSpan.FromHours(10),
    };
    private static readonly CaseActor Agent = new("agent-1", ["agent"]);
    private static readonly CaseActor Supervisor = new("super-1", ["agent", "supervisor"]);

    private const string Rules = """
        {
          "rules": [
            { "name": "tow", "on": "create", "when": { "services": ["abandoned-vehicle"] },
              "then": [ { "do": "require-approval", "role": "supervisor", "before": "close" }, { "do": "tasks", "tasks": ["Tag it"] } ] },
            { "name": "late", "on": "sla-breached", "when": {}, "then": [ { "do": "escalate" } ] },
            { "name": "warn", "on": "sla-75", "when": {}, "then": [ { "do": "notify-group", "group": "supervisor" } ] }
          ]
        }
        """;

    private readonly ManualClock clock = ManualClock.At2026();
    private readonly InMemoryCaseStore store = new();
    private readonly InMemoryApprovalStore approvals = new();
    private readonly InMemoryTimerStore timers;
    private readonly RecordingAlerts alerts = new();
    private readonly CaseAutomation automation;
    private readonly CaseService cases;
    private readonly CaseWorkService work;

    public CaseWorkServiceTests()
    {
        timers = new InMemoryTimerStore(store);
        var document = WorkflowDocument.Parse(Rules);
        var catalog = new ServiceCatalog([Vehicle]);
        var engine = new WorkflowEngine(document, catalog, new SlaPolicy(WorkingCalendar.AlwaysOpen));
        automation = new CaseAutomation(engine, new SlaPolicy(WorkingCalendar.AlwaysOpen), store, timers, alerts, clock, NullLogger<CaseAutomation>.Instance);
        cases = new CaseService(store, catalog, clock, automation: automation);
        work = new CaseWorkService(store, approvals, automation, clock);
    }

    private Task<Case> ReportAsync() =>
        cases.OpenAsync(new OpenCaseRequest("abandoned-vehicle", "Blue van, flat tyres, three weeks", "9 Oak Ave", "contact-1", null, "web"), None);

    private CaseTimerService Poller() => new(timers, automation, clock, NullLogger<CaseTimerService>.Instance);

    [Fact]
    public async Task OpenAsync_WithAutomation_SetsDueTimeRunsCreateRulesAndSchedulesTimers()
    {
        var opened = await ReportAsync();

        Assert.Equal(clock.GetUtcNow().AddHours(10), opened.DueAt);
        Assert.Equal("supervisor", opened.ApproverFor(CaseActions.Close));
        Assert.Equal(["sla-75", "sla-breached"], (await timers.ListAsync(opened.Reference, None)).Select(t => t.Timer.Name));
    }

    [Fact]
    public async Task ChangeAsync_StaleVersion_ThrowsConflictAndKeepsCase()
    {
        var opened = await ReportAsync();
        await work.ChangeAsync(opened.Reference, 0, new CaseChange(CaseActions.Start), Agent, None);

        await Assert.ThrowsAsync<CaseConflictException>(() =>
            work.ChangeAsync(opened.Reference, 0, new CaseChange(CaseActions.Priority) { Priority = CasePriority.High }, Supervisor, None));

        var stored = (await store.GetByReferenceAsync(opened.Reference, None))!;
        Assert.Equal((CaseStatus.InProgress, CasePriority.Normal, 1), (stored.Status, stored.Priority, stored.Version));
    }

    [Fact]
    public async Task ChangeAsync_GatedCloseByAgent_WaitsForSupervisorAndAlertsRole()
    {
        var opened = await ReportAsync();

        var result = await work.ChangeAsync(opened.Reference, 0, new CaseChange(CaseActions.Close) { Note = "Towed" }, Agent, None);

        Assert.False(result!.Applied);
        Assert.Equal(CaseStatus.New, (await store.GetByReferenceAsync(opened.Reference, None))!.Status);
        Assert.Equal(result.Pending!.Id, Assert.Single(await approvals.ListPendingAsync(["supervisor"], None)).Id);
        Assert.Contains(alerts.Published, a => a.Kind == CaseAlert.ApprovalRequested && a.To == "supervisor");
    }

    [Fact]
    public async Task DecideAsync_Approve_ClosesAsRequesterAndAlertsThem()
    {
        var opened = await ReportAsync();
        var pending = (await work.ChangeAsync(opened.Reference, 0, new CaseChange(CaseActions.Close) { Note = "Towed", ResolutionCode = "resolved" }, Agent, None))!.Pending!;

        var decided = await work.DecideAsync(pending.Id, approve: true, Supervisor, "Fine", None);

        Assert.Equal(ApprovalState.Approved, decided!.Value.Approval.State);
        var stored = (await store.GetByReferenceAsync(opened.Reference, None))!;
        Assert.Equal((CaseStatus.Closed, "agent-1", "Towed (approved by super-1)"), (stored.Status, stored.History[^1].Actor, stored.History[^1].Note));
        var told = Assert.Single(alerts.Published, a => a.Kind == CaseAlert.ApprovalDecided);
        Assert.Equal("agent-1", told.To);
        Assert.Contains("approved by super-1: Fine", told.Message);
    }

    [Fact]
    public async Task DecideAsync_RejectThenDecideAgain_KeepsCaseAndRefusesSecondDecision()
    {
        var opened = await ReportAsync();
        var pending = (await work.ChangeAsync(opened.Reference, null, new CaseChange(CaseActions.Close) { Note = "Towed" }, Agent, None))!.Pending!;

        await work.DecideAsync(pending.Id, approve: false, Supervisor, "Not towed yet", None);

        Assert.Equal(CaseStatus.New, (await store.GetByReferenceAsync(opened.Reference, None))!.Status);
        await Assert.ThrowsAsync<CaseConflictException>(() => work.DecideAsync(pending.Id, approve: true, Supervisor, null, None));
        Assert.Contains("rejected by super-1: Not towed yet", Assert.Single(alerts.Published, a => a.Kind == CaseAlert.ApprovalDecided).Message);
    }

    [Fact]
    public async Task DecideAsync_ApproverWithoutRole_IsRefused()
    {
        var opened = await ReportAsync();
        var pending = (await work.ChangeAsync(opened.Reference, null, new CaseChange(CaseActions.Close) { Note = "Towed" }, Agent, None))!.Pending!;

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => work.DecideAsync(pending.Id, approve: true, Agent, null, None));
    }

    [Fact]
    public async Task ChangeAsync_SupervisorClosesGatedCase_AppliesAtOnce()
    {
        var opened = await ReportAsync();

        var result = await work.ChangeAsync(opened.Reference, 0, new CaseChange(CaseActions.Close) { ResolutionCode = "duplicate", Note = "Same van as R-1" }, Supervisor, None);

        Assert.True(result!.Applied);
        Assert.Equal(("duplicate", CaseStatus.Closed), (result.Case.ResolutionCode, result.Case.Status));
    }

    [Fact]
    public async Task ChangeAsync_UnknownResolutionCode_ThrowsArgument()
    {
        var opened = await ReportAsync();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            work.ChangeAsync(opened.Reference, 0, new CaseChange(CaseActions.Close) { ResolutionCode = "magic" }, Supervisor, None));
    }

    [Fact]
    public async Task RunDueAsync_ClockPassesWarningAndDueTime_EachTimerActsOnce()
    {
        var opened = await ReportAsync();
        clock.Advance(TimeSpan.FromHours(8));

        Assert.Equal(1, await Poller().RunDueAsync(None));
        Assert.Single(alerts.Published, a => a.Kind == CaseAlert.Group);

        clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(1, await Poller().RunDueAsync(None));
        Assert.Equal(0, await Poller().RunDueAsync(None));

        var stored = (await store.GetByReferenceAsync(opened.Reference, None))!;
        Assert.NotNull(stored.EscalatedAt);
        Assert.Equal(2, stored.History.Count(h => h.Action == CaseActions.Timer));
        Assert.All(await timers.ListAsync(opened.Reference, None), t => Assert.NotNull(t.FiredAt));
    }

    [Fact]
    public async Task FireAsync_TimerClaimedAgainAfterCrash_DoesNotActTwice()
    {
        var opened = await ReportAsync();
        clock.Advance(TimeSpan.FromHours(11));
        var due = await timers.ClaimDueAsync("first", clock.GetUtcNow(), TimeSpan.FromMinutes(1), 10, None);
        var breach = due.Single(t => t.Name == WorkflowTrigger.SlaBreached);
        // The first run saved the case but died before marking the timer fired: the case remembers the timer.
        var found = (await store.GetByReferenceAsync(opened.Reference, None))!;
        found.Escalate("workflow", "late", clock.GetUtcNow());
        found.MarkTimer(breach.Id, "workflow", clock.GetUtcNow());
        await store.SaveAsync(found, None);
        clock.Advance(TimeSpan.FromMinutes(2));

        await Poller().RunDueAsync(None);

        var stored = (await store.GetByReferenceAsync(opened.Reference, None))!;
        Assert.Single(stored.History, h => h.Action == CaseActions.Escalate);
        Assert.All(await timers.ListAsync(opened.Reference, None), t => Assert.NotNull(t.FiredAt));
    }

    [Fact]
    public async Task RunDueAsync_StoppedAfterCommitBeforeDelivery_RestartDeliversTheAlertsOnceWithTimerKeys()
    {
        var opened = await ReportAsync();
        clock.Advance(TimeSpan.FromHours(8));
        var warning = Assert.Single(await timers.ClaimDueAsync("first", clock.GetUtcNow(), TimeSpan.FromMinutes(1), 10, None));
        // The first run committed the timer's change and alert, then the process stopped before delivering.
        var found = (await store.GetByReferenceAsync(opened.Reference, None))!;
        found.MarkTimer(warning.Id, "workflow", clock.GetUtcNow());
        await timers.CompleteAsync(found, warning.Id, [new CaseAlert(CaseAlert.Group, opened.Reference, "supervisor", "Late soon", "warn")],
            clock.GetUtcNow(), None);

        Assert.Equal(0, await Poller().RunDueAsync(None));
        Assert.Equal(0, await Poller().RunDueAsync(None));

        var delivered = Assert.Single(alerts.Published);
        Assert.Equal(("Late soon", $"timer:{warning.Id}:0"), (delivered.Message, delivered.Key));
        Assert.Empty(await timers.UndeliveredAsync(10, None));
    }
}
