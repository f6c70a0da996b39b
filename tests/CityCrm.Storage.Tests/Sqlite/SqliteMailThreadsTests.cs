using CityCrm.Conversations.Mail;
using CityCrm.Storage.Sqlite;

namespace CityCrm.Storage.Tests.Sqlite;

public sealed class SqliteMailThreadsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);
    private TempSqliteDatabase temp = null!;
    private SqliteMailThreads threads = null!;

    public async Task InitializeAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        threads = new SqliteMailThreads(temp.Database);
    }

    public async Task DisposeAsync() => await temp.DisposeAsync();

    private static MailThreadEntry Entry(string messageId, string conversationId, int minute, bool outgoing = false, string inbox = "mail") =>
        new(messageId, conversationId, inbox, outgoing, "Pothole on Elm St", minute, T0.AddMinutes(minute));

    [Fact]
    public async Task RecordAsync_SameMessageIdTwice_KeepsTheFirst()
    {
        Assert.True(await threads.RecordAsync(Entry("a@x", "c1", 1), default));
        Assert.False(await threads.RecordAsync(Entry("a@x", "c2", 2), default));

        Assert.Equal("c1", await threads.FindConversationAsync("mail", ["a@x"], default));
        Assert.Empty(await threads.ListAsync("c2", default));
    }

    [Fact]
    public async Task FindConversationAsync_SeveralKnownIds_ReturnsTheMostRecentOnesConversation()
    {
        await threads.RecordAsync(Entry("old@x", "c1", 1), default);
        await threads.RecordAsync(Entry("new@x", "c2", 5, outgoing: true), default);

        Assert.Equal("c2", await threads.FindConversationAsync("mail", ["unknown@x", "old@x", "new@x"], default));
        Assert.Null(await threads.FindConversationAsync("mail", ["unknown@x"], default));
        Assert.Null(await threads.FindConversationAsync("mail", [], default));
    }

    [Fact]
    public async Task FindConversationAsync_OtherInbox_IsNotFound()
    {
        await threads.RecordAsync(Entry("a@x", "c1", 1, inbox: "permits"), default);

        Assert.Null(await threads.FindConversationAsync("mail", ["a@x"], default));
        Assert.Equal("c1", await threads.FindConversationAsync("permits", ["a@x"], default));
    }

    [Fact]
    public async Task ListAsync_Conversation_ReturnsItsEmailsOldestFirstWithDirection()
    {
        await threads.RecordAsync(Entry("reply@city", "c1", 3, outgoing: true), default);
        await threads.RecordAsync(Entry("first@resident", "c1", 1), default);
        await threads.RecordAsync(Entry("other@x", "c9", 2), default);

        var list = await threads.ListAsync("c1", default);

        Assert.Equal(["first@resident", "reply@city"], list.Select(e => e.MessageId));
        Assert.Equal([false, true], list.Select(e => e.Outgoing));
        Assert.Equal(T0.AddMinutes(1), list[0].At);
        Assert.Equal(1, list[0].Sequence);
    }
}
