using CityCrm.Conversations.Mail;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Mail;

/// <summary>What every <see cref="IMailThreads"/> must do: the first record of a Message-ID on an inbox wins.</summary>
public abstract class MailThreadsContract : StoreContract<IMailThreads>
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);
    private static MailThreadEntry Entry(string messageId, string conversationId, int minute, bool outgoing = false, string inbox = "mail") =>
        new(messageId, conversationId, inbox, outgoing, "Pothole on Elm St", minute, T0.AddMinutes(minute));

    [Fact]
    public async Task RecordAsync_SameMessageIdTwice_KeepsTheFirst()
    {
        Assert.True(await Store.RecordAsync(Entry("a@x", "c1", 1), None));
        Assert.False(await Store.RecordAsync(Entry("a@x", "c2", 2), None));

        Assert.Equal("c1", await Store.FindConversationAsync("mail", ["a@x"], None));
        Assert.Empty(await Store.ListAsync("c2", None));
    }

    [Fact]
    public async Task FindConversationAsync_SeveralKnownIds_ReturnsTheMostRecentOnesConversation()
    {
        await Store.RecordAsync(Entry("old@x", "c1", 1), None);
        await Store.RecordAsync(Entry("new@x", "c2", 5, outgoing: true), None);

        Assert.Equal("c2", await Store.FindConversationAsync("mail", ["unknown@x", "old@x", "new@x"], None));
        Assert.Null(await Store.FindConversationAsync("mail", ["unknown@x"], None));
        Assert.Null(await Store.FindConversationAsync("mail", [], None));
    }

    [Fact]
    public async Task FindConversationAsync_OtherInbox_IsNotFound()
    {
        await Store.RecordAsync(Entry("a@x", "c1", 1, inbox: "permits"), None);

        Assert.Null(await Store.FindConversationAsync("mail", ["a@x"], None));
        Assert.Equal("c1", await Store.FindConversationAsync("permits", ["a@x"], None));
    }

    [Fact]
    public async Task ListAsync_Conversation_ReturnsItsEmailsOldestFirstWithDirection()
    {
        await Store.RecordAsync(Entry("reply@city", "c1", 3, outgoing: true), None);
        await Store.RecordAsync(Entry("first@resident", "c1", 1), None);
        await Store.RecordAsync(Entry("other@x", "c9", 2), None);

        var list = await Store.ListAsync("c1", None);

        Assert.Equal(["first@resident", "reply@city"], list.Select(e => e.MessageId));
        Assert.Equal([false, true], list.Select(e => e.Outgoing));
        Assert.Equal(T0.AddMinutes(1), list[0].At);
        Assert.Equal(1, list[0].Sequence);
    }

    [Fact]
    public async Task RecordAsync_SameEntryTwice_ListedOnce()
    {
        Assert.True(await Store.RecordAsync(Entry("a@x", "c1", 1), None));
        Assert.False(await Store.RecordAsync(Entry("a@x", "c1", 1), None));

        Assert.Single(await Store.ListAsync("c1", None));
    }

    [Fact]
    public async Task RecordAsync_TwoConversationsAtOnce_ExactlyOneKeepsTheMessageId()
    {
        var recorded = await Task.WhenAll(
            Task.Run(() => Store.RecordAsync(Entry("a@x", "c1", 1), None)),
            Task.Run(() => Store.RecordAsync(Entry("a@x", "c2", 1), None)));

        Assert.Single(recorded, r => r);
        var owner = recorded[0] ? "c1" : "c2";
        Assert.Equal(owner, await Store.FindConversationAsync("mail", ["a@x"], None));
        Assert.Empty(await Store.ListAsync(owner == "c1" ? "c2" : "c1", None));
    }
}
