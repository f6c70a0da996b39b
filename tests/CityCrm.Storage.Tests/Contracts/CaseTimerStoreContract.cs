using CityCrm.CaseCore;
using CityCrm.CaseCore.Workflow;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>
/// What every case timer store does: schedules and moves timers, lets one poller claim each due timer for a lease,
/// and commits a timer's case change, fired mark and alerts together, keeping the alerts until delivered.
/// </summary>
public abstract class CaseTimerStoreContract : StoreContract<TimerStores>
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);
    private static readonly ServiceDefinition Pothole = new("pothole", "Pothole", "Public Works", "Holes", ["pothole"]);

    private async Task<(ICaseStore Cases, ICaseTimerStore Timers, Case Case, CaseTimer Timer)> ClaimedAsync()
    {
        var cases = Store.Cases;
        var request = new OpenCaseRequest("pothole", "Deep pothole", "12 Main St", "contact-1", "conv-1", "sms");
        var opened = new Case(Guid.NewGuid().ToString("N"), CaseReference.Format(await cases.NextNumberAsync(None)), Pothole, request, T0);
        await cases.CreateAsync(opened, None);
        var timers = Store.Timers;
        await timers.ScheduleAsync(opened.Reference, [("sla-breached", T0)], None);
        var claimed = Assert.Single(await timers.ClaimDueAsync("a", T0, TimeSpan.FromMinutes(2), 10, None));
        return (cases, timers, opened, claimed);
    }

    private static CaseAlert Alert(string reference, string message) => new(CaseAlert.Requester, reference, "", message, "late");

    [Fact]
    public async Task ClaimDueAsync_OnlyDueTimers_InDueOrder()
    {
        var store = Store.Timers;
        await store.ScheduleAsync("R-100001", [("sla-breached", T0.AddHours(2)), ("sla-75", T0.AddHours(1)), ("age:stale", T0.AddDays(1))], None);

        var due = await store.ClaimDueAsync("a", T0.AddHours(3), TimeSpan.FromMinutes(1), 10, None);

        Assert.Equal(["sla-75", "sla-breached"], due.Select(t => t.Name));
    }

    [Fact]
    public async Task ScheduleAsync_SameNameAgain_MovesTheUnfiredTimer()
    {
        var store = Store.Timers;
        await store.ScheduleAsync("R-100001", [("sla-breached", T0.AddHours(2))], None);
        await store.ScheduleAsync("R-100001", [("sla-breached", T0.AddHours(5))], None);

        var timer = Assert.Single(await store.ListAsync("R-100001", None));
        Assert.Equal(T0.AddHours(5), timer.Timer.DueAt);
    }

    [Fact]
    public async Task ClaimDueAsync_TwoInstancesOverOneFile_NeverClaimTheSameTimer()
    {
        var store = Store.Timers;
        await store.ScheduleAsync("R-100001", Enumerable.Range(0, 40).Select(i => ($"age:{i}", T0.AddMinutes(i))).ToList(), None);
        var other = Store.Reopen();

        var claims = await Task.WhenAll(
            Task.Run(() => store.ClaimDueAsync("a", T0.AddHours(1), TimeSpan.FromMinutes(5), 25, None)),
            Task.Run(() => other.ClaimDueAsync("b", T0.AddHours(1), TimeSpan.FromMinutes(5), 25, None)));

        var ids = claims.SelectMany(c => c).Select(t => t.Id).ToList();
        Assert.Equal(40, ids.Count);
        Assert.Equal(40, ids.Distinct().Count());
    }

    [Fact]
    public async Task ClaimDueAsync_RestartBeforeFiring_ClaimsAgainAfterLease()
    {
        var store = Store.Timers;
        await store.ScheduleAsync("R-100001", [("sla-breached", T0)], None);
        var claimed = Assert.Single(await store.ClaimDueAsync("crashed", T0, TimeSpan.FromMinutes(2), 10, None));

        var restarted = Store.Reopen();

        Assert.Empty(await restarted.ClaimDueAsync("new", T0.AddMinutes(1), TimeSpan.FromMinutes(2), 10, None));
        Assert.Equal(claimed.Id, Assert.Single(await restarted.ClaimDueAsync("new", T0.AddMinutes(3), TimeSpan.FromMinutes(2), 10, None)).Id);
    }

    [Fact]
    public async Task MarkFiredAsync_FiredTimer_IsNeverClaimedOrMovedAgain()
    {
        var store = Store.Timers;
        await store.ScheduleAsync("R-100001", [("sla-breached", T0)], None);
        var claimed = Assert.Single(await store.ClaimDueAsync("a", T0, TimeSpan.FromMinutes(2), 10, None));
        await store.MarkFiredAsync(claimed.Id, T0.AddSeconds(1), None);

        var restarted = Store.Reopen();
        await restarted.ScheduleAsync("R-100001", [("sla-breached", T0.AddHours(1))], None);

        Assert.Empty(await restarted.ClaimDueAsync("b", T0.AddDays(1), TimeSpan.FromMinutes(2), 10, None));
        var listed = Assert.Single(await restarted.ListAsync("R-100001", None));
        Assert.Equal((T0, T0.AddSeconds(1)), (listed.Timer.DueAt, listed.FiredAt));
    }

    [Fact]
    public async Task CompleteAsync_CaseTimerAndAlerts_CommitTogetherAndStayUntilDelivered()
    {
        var (cases, timers, opened, timer) = await ClaimedAsync();
        opened.Escalate("workflow", "late", T0);
        opened.MarkTimer(timer.Id, "workflow", T0);

        await timers.CompleteAsync(opened, timer.Id, [Alert(opened.Reference, "We are late"), Alert(opened.Reference, "Sorry")], T0, None);

        var restarted = Store.Reopen();
        var stored = (await cases.GetByReferenceAsync(opened.Reference, None))!;
        Assert.True(stored.HasTimerFired(timer.Id));
        Assert.Equal(T0, Assert.Single(await restarted.ListAsync(opened.Reference, None)).FiredAt);
        var pending = Assert.Single(await restarted.UndeliveredAsync(10, None));
        Assert.Equal(["We are late", "Sorry"], pending.Alerts.Select(a => a.Message));
        Assert.Equal([$"timer:{timer.Id}:0", $"timer:{timer.Id}:1"], pending.Keyed().Select(a => a.Key));
        Assert.Empty(await restarted.ClaimDueAsync("b", T0.AddDays(1), TimeSpan.FromMinutes(2), 10, None));
    }

    [Fact]
    public async Task MarkDeliveredAsync_DeliveredAlerts_AreNeverListedAgain()
    {
        var (_, timers, opened, timer) = await ClaimedAsync();
        opened.MarkTimer(timer.Id, "workflow", T0);
        await timers.CompleteAsync(opened, timer.Id, [Alert(opened.Reference, "We are late")], T0, None);

        await timers.MarkDeliveredAsync(timer.Id, T0.AddSeconds(1), None);

        Assert.Empty(await timers.UndeliveredAsync(10, None));
    }

    [Fact]
    public async Task CompleteAsync_CaseChangedMeanwhile_ThrowsConflictAndLeavesTimerUnfired()
    {
        var (cases, timers, opened, timer) = await ClaimedAsync();
        var other = (await cases.GetByReferenceAsync(opened.Reference, None))!;
        other.AddNote("agent-1", "On it", T0);
        await cases.SaveAsync(other, None);
        opened.MarkTimer(timer.Id, "workflow", T0);

        await Assert.ThrowsAsync<CaseConflictException>(() =>
            timers.CompleteAsync(opened, timer.Id, [Alert(opened.Reference, "We are late")], T0, None));

        Assert.Null(Assert.Single(await timers.ListAsync(opened.Reference, None)).FiredAt);
        Assert.Empty(await timers.UndeliveredAsync(10, None));
        Assert.False((await cases.GetByReferenceAsync(opened.Reference, None))!.HasTimerFired(timer.Id));
    }

    [Fact]
    public async Task CompleteAsync_NoAlerts_NothingToDeliver()
    {
        var (_, timers, opened, timer) = await ClaimedAsync();
        opened.MarkTimer(timer.Id, "workflow", T0);

        await timers.CompleteAsync(opened, timer.Id, [], T0, None);

        Assert.Empty(await timers.UndeliveredAsync(10, None));
        Assert.NotNull(Assert.Single(await timers.ListAsync(opened.Reference, None)).FiredAt);
    }
}
