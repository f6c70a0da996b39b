using CityCrm.Conversations.Portal;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The unconfirmed-address contract: one entry per contact and address, listed per contact, removed once.</summary>
public abstract class PendingAddressStoreContract : StoreContract<IPendingAddressStore>
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task List_AfterAdds_GivesOnlyThatContactsAddressesOldestFirst()
    {
        await Store.AddAsync(new PendingAddress("c1", "rosa@example.org", T0.AddMinutes(2)), None);
        await Store.AddAsync(new PendingAddress("c1", "+13125550100", T0), None);
        await Store.AddAsync(new PendingAddress("c2", "ben@example.org", T0.AddMinutes(1)), None);

        var listed = await Store.ListAsync("c1", None);

        Assert.Equal([new PendingAddress("c1", "+13125550100", T0), new PendingAddress("c1", "rosa@example.org", T0.AddMinutes(2))], listed);
        Assert.Empty(await Store.ListAsync("c3", None));
    }

    [Fact]
    public async Task Add_SameAddressAgain_KeepsOneEntryWithTheNewerTime()
    {
        await Store.AddAsync(new PendingAddress("c1", "+13125550100", T0), None);

        await Store.AddAsync(new PendingAddress("c1", "+13125550100", T0.AddMinutes(5)), None);

        Assert.Equal([new PendingAddress("c1", "+13125550100", T0.AddMinutes(5))], await Store.ListAsync("c1", None));
    }

    [Fact]
    public async Task Remove_AnotherContactsAddress_IsFalseAndLeavesIt()
    {
        await Store.AddAsync(new PendingAddress("c1", "+13125550100", T0), None);

        Assert.False(await Store.RemoveAsync("c2", "+13125550100", None));
        Assert.Single(await Store.ListAsync("c1", None));
    }

    [Fact]
    public async Task Remove_Twice_OnlyTheFirstRemoves()
    {
        await Store.AddAsync(new PendingAddress("c1", "+13125550100", T0), None);

        Assert.True(await Store.RemoveAsync("c1", "+13125550100", None));
        Assert.False(await Store.RemoveAsync("c1", "+13125550100", None));
        Assert.Empty(await Store.ListAsync("c1", None));
    }
}
