using CityCrm.CaseCore;
using CityCrm.CaseCore.Workflow;
using CityCrm.Storage.Sqlite;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>Completing a timer: the case change, the fired mark and the raised alerts commit together, and stay until delivered.</summary>
public sealed class SqliteCaseTimerAlertsTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);
    private static readonly ServiceDefinition Pothole = new("pothole", "Pothole", "Public Works", "Holes", ["pothole"]);
    private TempSqliteDatabase temp = null!;

    public async Task InitializeAsync() => temp = await TempSqliteDatabase.CreateAsync();

    public async Task DisposeAsync() => await temp.DisposeAsync();

    private async Task<(SqliteCaseStore Cases, SqliteCaseTimerStore Timers, Case Case, CaseTimer Timer)> ClaimedAsync()
    {
        var cases = new SqliteCaseStore(temp.Database, TimeProvider.System);
        var request = new OpenCaseRequest("pothole", "Deep pothole", "12 Main St", "contact-1", "conv-1", "sms");
        var opened = new Case(Guid.NewGuid().ToString("N"), CaseReference.Format(await cases.NextNumberAsync(None)), Pothole, request, T0);
        await cases.CreateAsync(opened, None);
        var timers = new SqliteCaseTimerStore(temp.Database);
        await timers.ScheduleAsync(opened.Reference, [("sla-breached", T0)], None);
        var claimed = Assert.Single(await timers.ClaimDueAsync("a", T0, TimeSpan.FromMinutes(2), 10, None));
        return (cases, timers, opened, claimed);
    }

    private static CaseAlert Alert(string reference, string message) => new(CaseAlert.Requester, reference, "", message, "late");

    [Fact]
    public async Task CompleteAsync_CaseTimerAndAlerts_CommitTogetherAndStayUntilDelivered()
    {
        var (cases, timers, opened, timer) = await ClaimedAsync();
        opened.Escalate("workflow", "late", T0);
        opened.MarkTimer(timer.Id, "workflow", T0);

        await timers.CompleteAsync(opened, timer.Id, [Alert(opened.Reference, "We are late"), Alert(opened.Reference, "Sorry")], T0, None);

        var restarted = new SqliteCaseTimerStore(new SqliteDatabase(temp.Database.Path));
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
