using CityCrm.Conversations.Mail;
using CityCrm.Storage.Sqlite;

namespace CityCrm.Storage.Tests.Sqlite;

public sealed class SqliteMailboxCursorsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);
    private TempSqliteDatabase temp = null!;
    private SqliteMailboxCursors cursors = null!;

    public async Task InitializeAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        cursors = new SqliteMailboxCursors(temp.Database);
    }

    public async Task DisposeAsync() => await temp.DisposeAsync();

    [Fact]
    public async Task GetAsync_NeverSaved_Null()
    {
        Assert.Null(await cursors.GetAsync("email:311@x:inbox", default));
    }

    [Fact]
    public async Task SaveAsync_Forward_Moves()
    {
        await cursors.SaveAsync(new MailboxCursor("m", 7, 10, T0), default);
        await cursors.SaveAsync(new MailboxCursor("m", 7, 11, T0.AddMinutes(1)), default);

        Assert.Equal(new MailboxCursor("m", 7, 11, T0.AddMinutes(1)), await cursors.GetAsync("m", default));
    }

    [Fact]
    public async Task SaveAsync_BackwardUnderSameUidValidity_Ignored()
    {
        await cursors.SaveAsync(new MailboxCursor("m", 7, 10, T0), default);
        await cursors.SaveAsync(new MailboxCursor("m", 7, 4, T0.AddMinutes(1)), default);

        Assert.Equal(10u, (await cursors.GetAsync("m", default))!.LastUid);
    }

    [Fact]
    public async Task SaveAsync_NewUidValidity_StartsAfresh()
    {
        await cursors.SaveAsync(new MailboxCursor("m", 7, 10, T0), default);
        await cursors.SaveAsync(new MailboxCursor("m", 4_000_000_000, 2, T0.AddMinutes(1)), default);

        Assert.Equal(new MailboxCursor("m", 4_000_000_000, 2, T0.AddMinutes(1)), await cursors.GetAsync("m", default));
    }
}
