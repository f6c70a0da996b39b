using CityCrm.Conversations.Mail;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Mail;

/// <summary>What every <see cref="IMailAddressHealth"/> must do: bounces counted per lower-case address until cleared.</summary>
public abstract class MailAddressHealthContract : StoreContract<IMailAddressHealth>
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task MarkFailingAsync_TwoBounces_KeepsTheStartCountsAndTakesTheLatestReason()
    {
        await Store.MarkFailingAsync("Ana@Example.org", "mailbox full", T0, None);
        await Store.MarkFailingAsync("ana@example.org", "no such user", T0.AddHours(1), None);

        Assert.Equal(new MailAddressFailure("ana@example.org", T0, "no such user", 2, T0.AddHours(1)), await Store.GetFailureAsync("ANA@example.org", None));
        Assert.Null(await Store.GetFailureAsync("ben@example.org", None));
    }

    [Fact]
    public async Task ClearAsync_MarkedThenUnmarked_ClearsOnce()
    {
        await Store.MarkFailingAsync("ana@example.org", "mailbox full", T0, None);

        Assert.True(await Store.ClearAsync("Ana@example.org", None));
        Assert.False(await Store.ClearAsync("ana@example.org", None));

        Assert.Null(await Store.GetFailureAsync("ana@example.org", None));
    }

    [Fact]
    public async Task MarkFailingAsync_TenBouncesAtOnce_CountsEveryOne()
    {
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => Store.MarkFailingAsync("ana@example.org", "full", T0.AddSeconds(i), None))));

        Assert.Equal(10, (await Store.GetFailureAsync("ana@example.org", None))!.Count);
    }
}
