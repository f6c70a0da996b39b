using CityCrm.Conversations.Mail;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Logs;

/// <summary>What every <see cref="IAutoReplyLog"/> must do: count a mailbox's automatic emails to an address since a time.</summary>
public abstract class AutoReplyLogContract : StoreContract<IAutoReplyLog>
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task CountSinceAsync_RepliesBeforeAndInTheWindow_CountsOnlyTheWindowPerMailboxAndAddress()
    {
        await Store.RecordAsync("mail-311", "Ana@Example.org", T0.AddHours(-2), None);
        await Store.RecordAsync("mail-311", "ana@example.org ", T0.AddMinutes(-30), None);
        await Store.RecordAsync("mail-311", "ana@example.org", T0, None);
        await Store.RecordAsync("mail-parks", "ana@example.org", T0, None);

        Assert.Equal(2, await Store.CountSinceAsync("mail-311", "ANA@example.org", T0.AddHours(-1), None));
        Assert.Equal(1, await Store.CountSinceAsync("mail-parks", "ana@example.org", T0.AddHours(-1), None));
        Assert.Equal(0, await Store.CountSinceAsync("mail-311", "ben@example.org", T0.AddHours(-1), None));
    }

    [Fact]
    public async Task RecordAsync_TenAtOnce_CountsEveryOne()
    {
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => Store.RecordAsync("mail-311", "ana@example.org", T0.AddSeconds(i), None))));

        Assert.Equal(10, await Store.CountSinceAsync("mail-311", "ana@example.org", T0, None));
    }
}
