using CityCrm.Conversations.Leases;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>
/// The lease contract every store keeps: one holder at a time, takeover only after expiry, a fence that grows with
/// every new tenure so a holder that lost its lease finds out, and release that frees the lease at once.
/// </summary>
public abstract class LeaseStoreContract : StoreContract<ILeaseStore>
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Span = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task TryAcquire_NeverTakenName_GrantsItWithFenceOne()
    {
        var lease = await Store.TryAcquireAsync("outbox", "node-a", T0, Span, None);

        Assert.Equal(new Lease("outbox", "node-a", T0 + Span, 1), lease);
        Assert.Equal(lease, await Store.GetAsync("outbox", None));
        Assert.Null(await Store.GetAsync("surveys", None));
    }

    [Fact]
    public async Task TryAcquire_HeldByAnotherOwnerBeforeExpiry_IsRefusedAndLeavesTheHolder()
    {
        var held = await Store.TryAcquireAsync("outbox", "node-a", T0, Span, None);

        Assert.Null(await Store.TryAcquireAsync("outbox", "node-b", T0 + Span - TimeSpan.FromMilliseconds(1), Span, None));
        Assert.Equal(held, await Store.GetAsync("outbox", None));
    }

    [Fact]
    public async Task TryAcquire_AfterExpiry_AnotherOwnerTakesOverWithAHigherFence()
    {
        await Store.TryAcquireAsync("outbox", "node-a", T0, Span, None);

        var taken = await Store.TryAcquireAsync("outbox", "node-b", T0 + Span, Span, None);

        Assert.Equal(new Lease("outbox", "node-b", T0 + Span + Span, 2), taken);
    }

    [Fact]
    public async Task TryAcquire_SameOwnerWhileHeld_ExtendsAndKeepsTheFence()
    {
        await Store.TryAcquireAsync("outbox", "node-a", T0, Span, None);

        var again = await Store.TryAcquireAsync("outbox", "node-a", T0.AddSeconds(5), Span, None);

        Assert.Equal(new Lease("outbox", "node-a", T0.AddSeconds(5) + Span, 1), again);
    }

    [Fact]
    public async Task Renew_WhileHeld_ExtendsTheExpiry()
    {
        var lease = (await Store.TryAcquireAsync("outbox", "node-a", T0, Span, None))!;

        var renewed = await Store.RenewAsync(lease, T0.AddSeconds(5), Span, None);

        Assert.Equal(lease with { ExpiresAt = T0.AddSeconds(5) + Span }, renewed);
        Assert.Null(await Store.TryAcquireAsync("outbox", "node-b", T0 + Span, Span, None));
    }

    [Fact]
    public async Task Renew_AfterAnotherOwnerTookOver_ReturnsNullSoTheOldHolderNotices()
    {
        var old = (await Store.TryAcquireAsync("outbox", "node-a", T0, Span, None))!;
        var taken = await Store.TryAcquireAsync("outbox", "node-b", T0 + Span, Span, None);

        Assert.Null(await Store.RenewAsync(old, T0 + Span + TimeSpan.FromSeconds(1), Span, None));
        Assert.Equal(taken, await Store.GetAsync("outbox", None));
    }

    [Fact]
    public async Task Renew_SameOwnerWithAnOlderFence_ReturnsNull()
    {
        var first = (await Store.TryAcquireAsync("outbox", "node-a", T0, Span, None))!;
        // The same node took it again after it ran out: its earlier tenure is over.
        await Store.TryAcquireAsync("outbox", "node-a", T0 + Span, Span, None);

        Assert.Null(await Store.RenewAsync(first, T0 + Span, Span, None));
    }

    [Fact]
    public async Task Release_ThenAnotherOwnerAcquires_AtOnceWithAHigherFence()
    {
        var lease = (await Store.TryAcquireAsync("outbox", "node-a", T0, Span, None))!;

        Assert.True(await Store.ReleaseAsync(lease, None));
        var taken = await Store.TryAcquireAsync("outbox", "node-b", T0.AddSeconds(1), Span, None);

        Assert.Equal(new Lease("outbox", "node-b", T0.AddSeconds(1) + Span, 2), taken);
        Assert.Null(await Store.RenewAsync(lease, T0.AddSeconds(2), Span, None));
    }

    [Fact]
    public async Task Release_ByAFormerHolderAfterTakeover_IsRefusedAndLeavesTheNewHolder()
    {
        var old = (await Store.TryAcquireAsync("outbox", "node-a", T0, Span, None))!;
        var taken = await Store.TryAcquireAsync("outbox", "node-b", T0 + Span, Span, None);

        Assert.False(await Store.ReleaseAsync(old, None));
        Assert.Equal(taken, await Store.GetAsync("outbox", None));
    }

    [Fact]
    public async Task TryAcquire_ManyOwnersAtOnce_ExactlyOneWins()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Store.TryAcquireAsync("outbox", $"node-{i}", T0, Span, None)));

        var winner = Assert.Single(results, r => r is not null);
        Assert.Equal(winner, await Store.GetAsync("outbox", None));
    }

    [Fact]
    public async Task TryAcquire_DifferentNames_AreHeldIndependently()
    {
        var outbox = await Store.TryAcquireAsync("outbox", "node-a", T0, Span, None);
        var mailbox = await Store.TryAcquireAsync("mailbox:city:INBOX", "node-b", T0, Span, None);

        Assert.Equal(("node-a", "node-b"), (outbox?.Owner, mailbox?.Owner));
    }
}
