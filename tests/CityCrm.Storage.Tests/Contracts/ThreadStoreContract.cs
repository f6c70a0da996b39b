using CityCrm.Conversations.Model;
using static CityCrm.Storage.Tests.Contracts.ConversationData;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The <see cref="IConversationStore"/> contract for a person's thread across conversations; every implementation runs it.</summary>
public abstract class ThreadStoreContract : StoreContract<IConversationStore>
{
    private static readonly Inbox Voice = new("voice-main", "voice", "Riverton 311 line");

    [Fact]
    public async Task GetThreadPageAsync_SeveralConversations_InterleavesNewestFirstWithChannels()
    {
        var (sms, call) = await PersonAsync("+15550100");
        await Store.AppendAsync(Incoming(sms.Id, "one", at: T0.AddMinutes(1)), None);
        await Store.AppendAsync(Incoming(call.Id, "two", at: T0.AddMinutes(2)), None);
        await Store.AppendAsync(Outgoing(sms.Id, "three", T0.AddMinutes(3)), None);

        var page = await Store.GetThreadPageAsync(sms.ContactId, null, ThreadPosition.DefaultPageSize, None);

        Assert.Equal([("sms", "three"), ("voice", "two"), ("sms", "one")], page.Select(m => (m.ChannelId, m.Message.Text)));
        Assert.Equal([sms.Id, call.Id, sms.Id], page.Select(m => m.Message.ConversationId));
    }

    [Fact]
    public async Task GetThreadPageAsync_AnotherPersonsMessages_AreNotIncluded()
    {
        var (mine, _) = await PersonAsync("+15550101");
        var (theirs, _) = await PersonAsync("+15550102");
        await Store.AppendAsync(Incoming(mine.Id, "mine"), None);
        await Store.AppendAsync(Incoming(theirs.Id, "theirs"), None);

        var page = await Store.GetThreadPageAsync(mine.ContactId, null, 10, None);

        Assert.Equal(["mine"], page.Select(m => m.Message.Text));
        Assert.Empty(await Store.GetThreadPageAsync("no-such-contact", null, 10, None));
    }

    [Fact]
    public async Task GetThreadPageAsync_SameInstantOnTwoConversations_OrdersByConversationThenSequence()
    {
        var (sms, call) = await PersonAsync("+15550103");
        foreach (var c in new[] { sms, call, sms, call })
            await Store.AppendAsync(Incoming(c.Id, "at once", at: T0), None);

        var page = await Store.GetThreadPageAsync(sms.ContactId, null, 10, None);

        var expected = new[] { (sms.Id, 1L), (sms.Id, 2L), (call.Id, 1L), (call.Id, 2L) }
            .OrderByDescending(k => k.Item1, StringComparer.Ordinal).ThenByDescending(k => k.Item2);
        Assert.Equal(expected, page.Select(m => (m.Message.ConversationId, m.Message.Sequence)));
    }

    [Fact]
    public async Task GetThreadPageAsync_PagedByCursorWhileMessagesArrive_ReturnsEachEarlierMessageExactlyOnce()
    {
        var (sms, call) = await PersonAsync("+15550104");
        // Pairs share an instant, so pages also split between messages stamped alike.
        var stored = new List<Message>();
        for (var i = 0; i < 30; i++)
            stored.Add((await Store.AppendAsync(Incoming(i % 3 == 0 ? call.Id : sms.Id, "m" + i, at: T0.AddSeconds(i / 2)), None)).Message);
        var first = await Store.GetThreadPageAsync(sms.ContactId, null, 7, None);
        var read = first.ToList();

        for (var page = first; page.Count > 0;)
        {
            await Store.AppendAsync(Outgoing(sms.Id, "later", T0.AddHours(1)), None);
            page = await Store.GetThreadPageAsync(sms.ContactId, ThreadPosition.Of(page[^1].Message), 7, None);
            Assert.InRange(page.Count, 0, 7);
            read.AddRange(page);
        }

        var newestFirst = stored.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.ConversationId, StringComparer.Ordinal)
            .ThenByDescending(m => m.Sequence);
        Assert.Equal(newestFirst.Select(m => m.Text), read.Select(m => m.Message.Text));
        Assert.Equal(30, read.Select(m => (m.Message.ConversationId, m.Message.Sequence)).Distinct().Count());
    }

    [Fact]
    public async Task GetThreadPageAsync_BeforeTheOldest_IsEmpty()
    {
        var (sms, _) = await PersonAsync("+15550105");
        await Store.AppendAsync(Incoming(sms.Id, "only"), None);
        var only = Assert.Single(await Store.GetThreadPageAsync(sms.ContactId, null, 10, None));

        Assert.Empty(await Store.GetThreadPageAsync(sms.ContactId, ThreadPosition.Of(only.Message), 10, None));
    }

    [Fact]
    public async Task GetThreadPageAsync_IdentityLinkedToAnotherContact_MovesItsMessagesToThatThread()
    {
        var (sms, _) = await PersonAsync("+15550106");
        var chat = await CreateConversationAsync(Store, inbox: Web, address: "webchat-user-106");
        await Store.AppendAsync(Incoming(sms.Id, "by text", at: T0.AddMinutes(1)), None);
        await Store.AppendAsync(Incoming(chat.Id, "on the web", at: T0.AddMinutes(2)), None);

        Assert.True(await Store.LinkIdentityAsync(Web.Id, "webchat-user-106", sms.ContactId, None));

        var page = await Store.GetThreadPageAsync(sms.ContactId, null, 10, None);
        Assert.Equal([("directline", "on the web"), ("sms", "by text")], page.Select(m => (m.ChannelId, m.Message.Text)));
        Assert.Empty(await Store.GetThreadPageAsync(chat.ContactId, null, 10, None));
    }

    // An E.164 number is one person on every inbox, so both conversations share a contact.
    private async Task<(Conversation Sms, Conversation Call)> PersonAsync(string number)
    {
        var sms = await CreateConversationAsync(Store, inbox: Sms, address: number);
        var call = await CreateConversationAsync(Store, inbox: Voice, address: number);
        Assert.Equal(sms.ContactId, call.ContactId);
        return (sms, call);
    }
}
