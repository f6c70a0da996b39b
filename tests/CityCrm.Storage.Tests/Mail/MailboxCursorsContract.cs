using CityCrm.Conversations.Mail;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Mail;

/// <summary>What every <see cref="IMailboxCursors"/> must do: a cursor only moves forward under one UIDVALIDITY.</summary>
public abstract class MailboxCursorsContract : StoreContract<IMailboxCursors>
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);
    [Fact]
    public async Task GetAsync_NeverSaved_Null()
    {
        Assert.Null(await Store.GetAsync("email:311@x:inbox", None));
    }

    [Fact]
    public async Task SaveAsync_Forward_Moves()
    {
        await Store.SaveAsync(new MailboxCursor("m", 7, 10, T0), None);
        await Store.SaveAsync(new MailboxCursor("m", 7, 11, T0.AddMinutes(1)), None);

        Assert.Equal(new MailboxCursor("m", 7, 11, T0.AddMinutes(1)), await Store.GetAsync("m", None));
    }

    [Fact]
    public async Task SaveAsync_BackwardUnderSameUidValidity_Ignored()
    {
        await Store.SaveAsync(new MailboxCursor("m", 7, 10, T0), None);
        await Store.SaveAsync(new MailboxCursor("m", 7, 4, T0.AddMinutes(1)), None);

        Assert.Equal(10u, (await Store.GetAsync("m", None))!.LastUid);
    }

    [Fact]
    public async Task SaveAsync_NewUidValidity_StartsAfresh()
    {
        await Store.SaveAsync(new MailboxCursor("m", 7, 10, T0), None);
        await Store.SaveAsync(new MailboxCursor("m", 4_000_000_000, 2, T0.AddMinutes(1)), None);

        Assert.Equal(new MailboxCursor("m", 4_000_000_000, 2, T0.AddMinutes(1)), await Store.GetAsync("m", None));
    }

    [Fact]
    public async Task SaveAsync_TenReadersAtOnce_KeepsTheHighest()
    {
        await Task.WhenAll(Enumerable.Range(1, 10).Select(i => Task.Run(() => Store.SaveAsync(new MailboxCursor("m", 7, (uint)i, T0), None))));

        Assert.Equal(10u, (await Store.GetAsync("m", None))!.LastUid);
    }
}
