using CityCrm.Conversations.Portal;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The portal sign-in code contract: requests counted per address and IP, the newest code, atomic tries, single use, clean-up.</summary>
public abstract class ResidentCodeStoreContract : StoreContract<IResidentCodeStore>
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static ResidentCode Code(string address, string ip, DateTimeOffset at, string? hash = "h", string? contactId = "c1") => new()
    {
        AddressKey = address, IpKey = ip, ContactId = contactId, CodeHash = hash, CreatedAt = at, ExpiresAt = at.AddMinutes(10),
    };

    [Fact]
    public async Task ListRequests_ByAddressAndByIp_CountOnlyThatKeyAfterTheGivenTimeOldestFirst()
    {
        await Store.AddAsync(Code("a1", "ip1", T0), None);
        await Store.AddAsync(Code("a1", "ip2", T0.AddMinutes(5), hash: null, contactId: null), None);
        await Store.AddAsync(Code("a2", "ip1", T0.AddMinutes(6)), None);
        await Store.AddAsync(Code("a1", "ip1", T0.AddMinutes(-30)), None);
        await Store.AddAsync(Code("a1", "ip3", T0.AddMinutes(-15)), None);

        Assert.Equal([T0, T0.AddMinutes(5)], await Store.ListAddressRequestsAsync("a1", T0.AddMinutes(-15), None));
        Assert.Equal([T0, T0.AddMinutes(6)], await Store.ListIpRequestsAsync("ip1", T0.AddMinutes(-15), None));
        Assert.Empty(await Store.ListAddressRequestsAsync("a3", T0.AddMinutes(-15), None));
    }

    [Fact]
    public async Task FindLatestCode_SkipsRequestsWithoutACodeAndReturnsTheNewest()
    {
        await Store.AddAsync(Code("a1", "ip", T0, hash: "old"), None);
        var newest = await Store.AddAsync(Code("a1", "ip", T0.AddMinutes(1), hash: "new", contactId: "c7"), None);
        await Store.AddAsync(Code("a1", "ip", T0.AddMinutes(2), hash: null, contactId: null), None);

        var found = await Store.FindLatestCodeAsync("a1", None);

        Assert.NotNull(found);
        Assert.Equal((newest, "new", "c7", 0, (DateTimeOffset?)null), (found.Id, found.CodeHash, found.ContactId, found.Attempts, found.UsedAt));
        Assert.Equal(T0.AddMinutes(11), found.ExpiresAt);
        Assert.Null(await Store.FindLatestCodeAsync("a2", None));
    }

    [Fact]
    public async Task RecordAttempt_Concurrently_CountsEveryTry()
    {
        var id = await Store.AddAsync(Code("a1", "ip", T0), None);

        var counts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Store.RecordAttemptAsync(id, None)));

        Assert.Equal(Enumerable.Range(1, 8), counts.Order());
        Assert.Equal(8, (await Store.FindLatestCodeAsync("a1", None))!.Attempts);
    }

    [Fact]
    public async Task MarkUsed_Twice_OnlyTheFirstSucceeds()
    {
        var id = await Store.AddAsync(Code("a1", "ip", T0), None);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Store.MarkUsedAsync(id, T0.AddMinutes(1), None)));

        Assert.Single(results, r => r);
        Assert.Equal(T0.AddMinutes(1), (await Store.FindLatestCodeAsync("a1", None))!.UsedAt);
    }

    [Fact]
    public async Task DeleteOlderThan_RemovesOnlyOlderRequests()
    {
        await Store.AddAsync(Code("a1", "ip", T0.AddDays(-2)), None);
        await Store.AddAsync(Code("a1", "ip", T0), None);

        Assert.Equal(1, await Store.DeleteOlderThanAsync(T0.AddDays(-1), None));

        Assert.Equal([T0], await Store.ListAddressRequestsAsync("a1", T0.AddDays(-3), None));
    }
}
