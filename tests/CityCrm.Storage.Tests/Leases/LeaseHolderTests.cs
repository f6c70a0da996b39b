using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Sqlite;

namespace CityCrm.Storage.Tests.Leases;

/// <summary>Two nodes over one SQLite file running the same once-only work under a lease.</summary>
public sealed class LeaseHolderTests : IAsyncLifetime
{
    private TempSqliteDatabase temp = null!;
    private LeaseNodes nodes = null!;

    public async Task InitializeAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        nodes = new LeaseNodes(temp.Database);
    }

    public async Task DisposeAsync() => await temp.DisposeAsync();

    [Fact]
    public async Task RunWhileHeld_OneNode_RunsTheWorkAtOnce()
    {
        using var stop = new CancellationTokenSource();
        var a = nodes.Node("a");

        var run = a.RunWhileHeldAsync("outbox", held => nodes.WorkAsync("a", held), stop.Token);
        await nodes.WaitForAsync("a");
        await stop.CancelAsync();
        await run;

        Assert.Null(nodes.Current);
        Assert.Equal("", (await new SqliteLeaseStore(temp.Database).GetAsync("outbox", CancellationToken.None))!.Owner);
    }

    [Fact]
    public async Task RunWhileHeld_TwoNodesThenTheHolderStops_TheOtherTakesOverAndNeverBoth()
    {
        using var stopA = new CancellationTokenSource();
        using var stopB = new CancellationTokenSource();
        var runA = nodes.Node("a").RunWhileHeldAsync("outbox", held => nodes.WorkAsync("a", held), stopA.Token);
        await nodes.WaitForAsync("a");
        var runB = nodes.Node("b").RunWhileHeldAsync("outbox", held => nodes.WorkAsync("b", held), stopB.Token);
        // Several renewal rounds pass with both nodes asking.
        await Task.Delay(1500);
        Assert.Equal(["a"], nodes.Runs);

        await stopA.CancelAsync();
        await runA;
        await nodes.WaitForAsync("b");
        await stopB.CancelAsync();
        await runB;

        Assert.Equal(["a", "b"], nodes.Runs);
        Assert.Equal(1, nodes.MostAtOnce);
    }

    [Fact]
    public async Task RunWhileHeld_HolderCutOffFromTheStore_StopsItsWorkAndTheOtherTakesOverAfterExpiry()
    {
        using var stop = new CancellationTokenSource();
        var storeA = new FailingLeaseStore(new SqliteLeaseStore(temp.Database));
        var runA = nodes.Node("a", storeA).RunWhileHeldAsync("outbox", held => nodes.WorkAsync("a", held), stop.Token);
        await nodes.WaitForAsync("a");
        var runB = nodes.Node("b").RunWhileHeldAsync("outbox", held => nodes.WorkAsync("b", held), stop.Token);

        storeA.CutOff = true;
        await nodes.WaitForAsync("b");
        await stop.CancelAsync();
        await Task.WhenAll(runA, runB);

        Assert.Equal(["a", "b"], nodes.Runs);
        Assert.Equal(1, nodes.MostAtOnce);
    }
}
