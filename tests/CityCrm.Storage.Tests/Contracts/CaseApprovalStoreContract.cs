using CityCrm.CaseCore;
using CityCrm.CaseCore.Approvals;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>What every approval store does: keeps requested changes, lists them by role and case, and lets the first decision stand.</summary>
public abstract class CaseApprovalStoreContract : StoreContract<ICaseApprovalStore>
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);

    private static CaseApproval Pending(string id, string role = "supervisor") => new(id, "R-100001",
        new CaseChange(CaseActions.Close) { Note = "Towed", ResolutionCode = "resolved", Priority = CasePriority.High, Notify = false },
        role, "agent-1", T0, ApprovalState.Pending);

    [Fact]
    public async Task CreateAsync_ThenGet_RoundTripsTheChange()
    {
        var store = Store;
        await store.CreateAsync(Pending("a1"), None);

        var read = (await store.GetAsync("a1", None))!;

        Assert.Equal(Pending("a1") with { Change = read.Change }, read);
        Assert.Equal(Pending("a1").Change, read.Change);
    }

    [Fact]
    public async Task ListPendingAsync_ByRole_OnlyUndecidedOfThatRole()
    {
        var store = Store;
        await store.CreateAsync(Pending("a1"), None);
        await store.CreateAsync(Pending("a2", "admin"), None);
        await store.CreateAsync(Pending("a3"), None);
        await store.DecideAsync("a3", ApprovalState.Rejected, "super-1", "no", T0.AddHours(1), None);

        Assert.Equal(["a1"], (await store.ListPendingAsync(["supervisor"], None)).Select(a => a.Id));
        Assert.Equal(["a1", "a2", "a3"], (await store.ListForCaseAsync("R-100001", None)).Select(a => a.Id));
    }

    [Fact]
    public async Task DecideAsync_Twice_FirstDecisionStands()
    {
        var store = Store;
        await store.CreateAsync(Pending("a1"), None);

        Assert.True(await store.DecideAsync("a1", ApprovalState.Approved, "super-1", "ok", T0.AddHours(1), None));
        Assert.False(await store.DecideAsync("a1", ApprovalState.Rejected, "super-2", "no", T0.AddHours(2), None));

        var read = (await store.GetAsync("a1", None))!;
        Assert.Equal((ApprovalState.Approved, "super-1", "ok", (DateTimeOffset?)T0.AddHours(1)), (read.State, read.DecidedBy, read.Comment, read.DecidedAt));
    }

    [Fact]
    public async Task DecideAsync_TenDecidersAtOnce_ExactlyOneDecisionStands()
    {
        await Store.CreateAsync(Pending("a1"), None);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            Store.DecideAsync("a1", i % 2 == 0 ? ApprovalState.Approved : ApprovalState.Rejected, $"super-{i}", null, T0.AddMinutes(i), None))));

        var winner = Assert.Single(results.Select((won, i) => (won, i)), r => r.won);
        Assert.Equal($"super-{winner.i}", (await Store.GetAsync("a1", None))!.DecidedBy);
        Assert.Empty(await Store.ListPendingAsync(["supervisor"], None));
    }
}
