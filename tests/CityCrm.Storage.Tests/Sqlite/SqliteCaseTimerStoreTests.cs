using CityCrm.Storage.Sqlite;

namespace CityCrm.Storage.Tests.Sqlite;

public sealed class SqliteCaseTimerStoreTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);
    private TempSqliteDatabase temp = null!;

    public async Task InitializeAsync() => temp = await TempSqliteDatabase.CreateAsync();

    public async Task DisposeAsync() => await temp.DisposeAsync();

    // A second store over the same file, as after a restart or in a second host.
    private SqliteCaseTimerStore Reopened() => new(new SqliteDatabase(temp.Database.Path));

    [Fact]
    public async Task ClaimDueAsync_OnlyDueTimers_InDueOrder()
    {
        var store = new SqliteCaseTimerStore(temp.Database);
        await store.ScheduleAsync("R-100001", [("sla-breached", T0.AddHours(2)), ("sla-75", T0.AddHours(1)), ("age:stale", T0.AddDays(1))], None);

        var due = await store.ClaimDueAsync("a", T0.AddHours(3), TimeSpan.FromMinutes(1), 10, None);

        Assert.Equal(["sla-75", "sla-breached"], due.Select(t => t.Name));
    }

    [Fact]
    public async Task ScheduleAsync_SameNameAgain_MovesTheUnfiredTimer()
    {
        var store = new SqliteCaseTimerStore(temp.Database);
        await store.ScheduleAsync("R-100001", [("sla-breached", T0.AddHours(2))], None);
        await store.ScheduleAsync("R-100001", [("sla-breached", T0.AddHours(5))], None);

        var timer = Assert.Single(await store.ListAsync("R-100001", None));
        Assert.Equal(T0.AddHours(5), timer.Timer.DueAt);
    }

    [Fact]
    public async Task ClaimDueAsync_TwoInstancesOverOneFile_NeverClaimTheSameTimer()
    {
        var store = new SqliteCaseTimerStore(temp.Database);
        await store.ScheduleAsync("R-100001", Enumerable.Range(0, 40).Select(i => ($"age:{i}", T0.AddMinutes(i))).ToList(), None);
        var other = Reopened();

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
        var store = new SqliteCaseTimerStore(temp.Database);
        await store.ScheduleAsync("R-100001", [("sla-breached", T0)], None);
        var claimed = Assert.Single(await store.ClaimDueAsync("crashed", T0, TimeSpan.FromMinutes(2), 10, None));

        var restarted = Reopened();

        Assert.Empty(await restarted.ClaimDueAsync("new", T0.AddMinutes(1), TimeSpan.FromMinutes(2), 10, None));
        Assert.Equal(claimed.Id, Assert.Single(await restarted.ClaimDueAsync("new", T0.AddMinutes(3), TimeSpan.FromMinutes(2), 10, None)).Id);
    }

    [Fact]
    public async Task MarkFiredAsync_FiredTimer_IsNeverClaimedOrMovedAgain()
    {
        var store = new SqliteCaseTimerStore(temp.Database);
        await store.ScheduleAsync("R-100001", [("sla-breached", T0)], None);
        var claimed = Assert.Single(await store.ClaimDueAsync("a", T0, TimeSpan.FromMinutes(2), 10, None));
        await store.MarkFiredAsync(claimed.Id, T0.AddSeconds(1), None);

        var restarted = Reopened();
        await restarted.ScheduleAsync("R-100001", [("sla-breached", T0.AddHours(1))], None);

        Assert.Empty(await restarted.ClaimDueAsync("b", T0.AddDays(1), TimeSpan.FromMinutes(2), 10, None));
        var listed = Assert.Single(await restarted.ListAsync("R-100001", None));
        Assert.Equal((T0, T0.AddSeconds(1)), (listed.Timer.DueAt, listed.FiredAt));
    }
}
