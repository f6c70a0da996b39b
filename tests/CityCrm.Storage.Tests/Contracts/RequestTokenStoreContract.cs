using CityCrm.CaseCore;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>What every Open311 request token store does: keeps tokens exactly as issued, once.</summary>
public abstract class RequestTokenStoreContract : StoreContract<IRequestTokenStore>
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task FindAsync_IssuedToken_ReturnsItAsIssued()
    {
        var token = new RequestToken("aB3/x+y?z#w%", "R-100001", "city-app", At);
        await Store.AddAsync(token, None);

        Assert.Equal(token, await Store.FindAsync("aB3/x+y?z#w%", None));
    }

    [Fact]
    public async Task FindAsync_OtherCase_ReturnsNull()
    {
        await Store.AddAsync(new RequestToken("Token-1", "R-100001", "city-app", At), None);

        Assert.Null(await Store.FindAsync("token-1", None));
        Assert.Null(await Store.FindAsync("never-issued", None));
    }

    [Fact]
    public async Task AddAsync_SameTokenTwice_ThrowsAndKeepsTheFirst()
    {
        await Store.AddAsync(new RequestToken("t-1", "R-100001", "first", At), None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.AddAsync(new RequestToken("t-1", "R-100002", "second", At), None));

        Assert.Equal("first", (await Store.FindAsync("t-1", None))!.Client);
    }
}
