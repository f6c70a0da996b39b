using CityCrm.Conversations.Portal;

namespace CityCrm.Conversations.Tests.Portal;

/// <summary>Portal sign-in codes: random, hashed, expiring, single-use, limited tries, rate limits, and no enumeration.</summary>
public sealed class ResidentSignInTests : IAsyncLifetime
{
    private const string Phone = "+13125550142";
    private SignInHarness h = null!;

    public async Task InitializeAsync() => h = await SignInHarness.CreateAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task RequestCode_KnownPhone_QueuesASixDigitCodeAndStoresOnlyItsHash()
    {
        var contactId = await h.ContactAsync("sms", Phone);

        var (outcome, delivery) = await h.RequestAsync("(312) 555-0142");

        Assert.Equal(CodeRequestOutcome.Accepted, outcome);
        Assert.NotNull(delivery);
        Assert.Matches("^[0-9]{6}$", delivery.Code);
        Assert.Equal((contactId, "sms", "sms", Phone), (delivery.Target.ContactId, delivery.Target.InboxId, delivery.Target.ChannelId, delivery.Target.Address));
        var stored = await h.Codes.FindLatestCodeAsync(h.CodeBook.Key("address", Phone), CancellationToken.None);
        Assert.NotNull(stored);
        Assert.DoesNotContain(delivery.Code, stored.CodeHash);
        Assert.Equal(h.CodeBook.Hash(stored.AddressKey, delivery.Code), stored.CodeHash);
        Assert.Equal(SignInHarness.T0.AddMinutes(10), stored.ExpiresAt);
    }

    [Fact]
    public async Task RequestCode_UnknownAddress_AnswersTheSameAndQueuesNothing()
    {
        await h.ContactAsync("email", "ana@example.org");

        var (known, sent) = await h.RequestAsync("ana@example.org");
        var (unknown, notSent) = await h.RequestAsync("nobody@example.org");

        Assert.Equal(known, unknown);
        Assert.NotNull(sent);
        Assert.Null(notSent);
        Assert.Equal(SignInOutcome.Refused("The code is not right, or it has expired. Ask for a new code if you need one."),
            await h.SignIn.VerifyAsync("nobody@example.org", "123456", CancellationToken.None));
    }

    [Theory]
    [InlineData("12", "The number is too short.")]
    [InlineData("ana@", "This is not an email address.")]
    [InlineData("", "Enter the email or phone number the city has for you.")]
    public async Task RequestCode_MalformedAddress_IsRefusedWithTheReasonAndNotRecorded(string address, string reason)
    {
        var (outcome, delivery) = await h.RequestAsync(address);

        Assert.Equal(CodeRequestOutcome.Invalid("address", reason), outcome);
        Assert.Null(delivery);
        Assert.Empty(await h.Codes.ListIpRequestsAsync(h.CodeBook.Key("ip", "203.0.113.7"), DateTimeOffset.MinValue, CancellationToken.None));
    }

    [Fact]
    public async Task Verify_RightCode_SignsInOnceAndTheSecondUseIsRefused()
    {
        var contactId = await h.ContactAsync("sms", Phone);
        var (_, delivery) = await h.RequestAsync(Phone);

        var first = await h.SignIn.VerifyAsync(Phone, delivery!.Code, CancellationToken.None);
        var second = await h.SignIn.VerifyAsync(Phone, delivery.Code, CancellationToken.None);

        Assert.Equal(SignInOutcome.Success(contactId), first);
        Assert.False(second.SignedIn);
    }

    [Fact]
    public async Task Verify_TenMinutesAfterTheRequest_IsRefused()
    {
        await h.ContactAsync("sms", Phone);
        var (_, delivery) = await h.RequestAsync(Phone);

        h.Clock.Advance(TimeSpan.FromMinutes(10));

        Assert.False((await h.SignIn.VerifyAsync(Phone, delivery!.Code, CancellationToken.None)).SignedIn);
    }

    [Fact]
    public async Task Verify_JustBeforeExpiry_SignsIn()
    {
        var contactId = await h.ContactAsync("sms", Phone);
        var (_, delivery) = await h.RequestAsync(Phone);

        h.Clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));

        Assert.Equal(SignInOutcome.Success(contactId), await h.SignIn.VerifyAsync(Phone, delivery!.Code, CancellationToken.None));
    }

    [Fact]
    public async Task Verify_FiveWrongCodes_SpendTheCodeSoTheRightOneIsRefused()
    {
        await h.ContactAsync("sms", Phone);
        var (_, delivery) = await h.RequestAsync(Phone);
        var wrong = delivery!.Code == "000000" ? "111111" : "000000";

        var left = new List<int?>();
        for (var i = 0; i < 5; i++)
            left.Add((await h.SignIn.VerifyAsync(Phone, wrong, CancellationToken.None)).AttemptsLeft);
        var last = await h.SignIn.VerifyAsync(Phone, delivery.Code, CancellationToken.None);

        Assert.Equal([4, 3, 2, 1, 0], left);
        Assert.Equal(SignInOutcome.Refused("Too many wrong codes: ask for a new code.", 0), last);
    }

    [Fact]
    public async Task Verify_AfterANewerCode_TheOlderCodeNoLongerWorks()
    {
        var contactId = await h.ContactAsync("sms", Phone);
        var (_, older) = await h.RequestAsync(Phone);
        var (_, newer) = await h.RequestAsync(Phone);

        var withOlder = older!.Code == newer!.Code ? null : await h.SignIn.VerifyAsync(Phone, older.Code, CancellationToken.None);

        Assert.False(withOlder?.SignedIn ?? false);
        Assert.Equal(SignInOutcome.Success(contactId), await h.SignIn.VerifyAsync(Phone, newer.Code, CancellationToken.None));
    }

    [Fact]
    public async Task RequestCode_FourthForOneAddressInTheWindow_IsLimitedUntilTheOldestLeavesIt()
    {
        await h.ContactAsync("sms", Phone);
        await h.RequestAsync(Phone);
        h.Clock.Advance(TimeSpan.FromMinutes(4));
        await h.RequestAsync(Phone);
        await h.RequestAsync(Phone);

        var (limited, nothing) = await h.RequestAsync(Phone);
        h.Clock.Advance(TimeSpan.FromMinutes(11));
        var (again, code) = await h.RequestAsync(Phone);

        Assert.Equal(CodeRequestOutcome.Limited(TimeSpan.FromMinutes(11)), limited);
        Assert.Null(nothing);
        Assert.Equal(CodeRequestOutcome.Accepted, again);
        Assert.NotNull(code);
    }

    [Fact]
    public async Task RequestCode_UnknownAddress_IsLimitedExactlyLikeAKnownOne()
    {
        await h.ContactAsync("sms", Phone);
        var known = new List<CodeRequestKind>();
        var unknown = new List<CodeRequestKind>();
        for (var i = 0; i < 4; i++)
        {
            known.Add((await h.RequestAsync(Phone, "198.51.100.1")).Outcome.Kind);
            unknown.Add((await h.RequestAsync("+13125550199", "198.51.100.2")).Outcome.Kind);
        }

        Assert.Equal([CodeRequestKind.Accepted, CodeRequestKind.Accepted, CodeRequestKind.Accepted, CodeRequestKind.Limited], known);
        Assert.Equal(known, unknown);
    }

    [Fact]
    public async Task RequestCode_ManyAddressesFromOneIp_IsLimitedPerIp()
    {
        var outcomes = new List<CodeRequestKind>();
        for (var i = 0; i < 11; i++)
            outcomes.Add((await h.RequestAsync($"resident{i}@example.org", "192.0.2.9")).Outcome.Kind);
        var otherIp = await h.RequestAsync("resident0@example.org", "192.0.2.10");

        Assert.Equal([.. Enumerable.Repeat(CodeRequestKind.Accepted, 10), CodeRequestKind.Limited], outcomes);
        Assert.Equal(CodeRequestKind.Accepted, otherIp.Outcome.Kind);
    }

    [Fact]
    public async Task RequestCode_AddressHeldByTwoContacts_SendsNoCode()
    {
        await h.ContactAsync("sms", Phone);
        await h.ContactAsync("web", "user-1");
        var second = (await h.Profiles.GetAsync((await h.ContactAsync("web", "user-2")), CancellationToken.None))!;
        Assert.True(await h.Profiles.SaveAsync(second with { Phones = [new(Phone, null)] }, second.Version, [], CancellationToken.None));

        var (outcome, delivery) = await h.RequestAsync(Phone);

        Assert.Equal(CodeRequestOutcome.Accepted, outcome);
        Assert.Null(delivery);
    }
}
