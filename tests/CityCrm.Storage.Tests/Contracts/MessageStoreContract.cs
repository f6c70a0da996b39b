using System.Text.Json;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Model;
using static CityCrm.Storage.Tests.Contracts.ConversationData;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The <see cref="IConversationStore"/> contract for transcripts; every implementation runs it.</summary>
public abstract class MessageStoreContract : StoreContract<IConversationStore>
{
    [Fact]
    public async Task AppendAsync_ThreeMessages_NumbersThemOneTwoThreeInOrder()
    {
        var c = await CreateConversationAsync(Store);

        var results = new List<AppendResult>();
        foreach (var text in new[] { "one", "two", "three" })
            results.Add(await Store.AppendAsync(Outgoing(c.Id, text), None));

        Assert.Equal([1L, 2L, 3L], results.Select(r => r.Message.Sequence));
        Assert.All(results, r => Assert.False(r.Duplicate));
        var stored = await Store.GetMessagesAsync(c.Id, 0, 100, None);
        Assert.Equal(["one", "two", "three"], stored.Select(m => m.Text));
        Assert.Equal([1L, 2L, 3L], stored.Select(m => m.Sequence));
    }

    [Fact]
    public async Task AppendAsync_FiftyParallel_SequencesAreGapFreeAndUnique()
    {
        var c = await CreateConversationAsync(Store);

        var appends = Enumerable.Range(1, 50).Select(i => Task.Run(() => Store.AppendAsync(Incoming(c.Id, "m" + i, "ext-" + i), None)));
        var results = await Task.WhenAll(appends);

        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), results.Select(r => r.Message.Sequence).Order());
        var stored = await Store.GetMessagesAsync(c.Id, 0, 100, None);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), stored.Select(m => m.Sequence));
        Assert.Equal(50, stored.Select(m => m.Text).Distinct().Count());
    }

    [Fact]
    public async Task AppendAsync_RepeatedExternalId_ReturnsFirstAsDuplicateAndStoresNothing()
    {
        var c = await CreateConversationAsync(Store);
        var first = await Store.AppendAsync(Incoming(c.Id, "pothole on Elm", "client-1"), None);

        var again = await Store.AppendAsync(Incoming(c.Id, "pothole on Elm (retry)", "client-1"), None);

        Assert.True(again.Duplicate);
        Assert.Equal(first.Message.Sequence, again.Message.Sequence);
        Assert.Equal("pothole on Elm", again.Message.Text);
        Assert.Single(await Store.GetMessagesAsync(c.Id, 0, 100, None));
        Assert.Equal(2, (await Store.AppendAsync(Outgoing(c.Id, "next"), None)).Message.Sequence);
    }

    [Fact]
    public async Task AppendAsync_SameExternalIdTwentyTimesInParallel_StoresOneMessage()
    {
        var c = await CreateConversationAsync(Store);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => Store.AppendAsync(Incoming(c.Id, "retry " + i, "SM-same"), None))));

        Assert.Single(results, r => !r.Duplicate);
        Assert.Single(results.Select(r => (r.Message.Sequence, r.Message.Text)).Distinct());
        Assert.Single(await Store.GetMessagesAsync(c.Id, 0, 100, None));
    }

    [Fact]
    public async Task SaveAsync_MessagesAppendedSinceTheRead_SavesWithoutConflict()
    {
        var created = await CreateConversationAsync(Store);
        var read = (await Store.GetAsync(created.Id, None))!;
        await Store.AppendAsync(Incoming(created.Id, "I need a person"), None);
        await Store.AppendAsync(Outgoing(created.Id, "Connecting you"), None);

        read.RequestHandoff("Resident asked for a person", T0.AddMinutes(1));
        await Store.SaveAsync(read, None);

        Assert.Equal(ConversationStatus.Queued, (await Store.GetAsync(created.Id, None))!.Status);
        Assert.Equal(3, (await Store.AppendAsync(Outgoing(created.Id, "An agent will be with you"), None)).Message.Sequence);
    }

    [Fact]
    public async Task AppendAsync_UnknownConversation_ThrowsAndStoresNothing()
    {
        var id = NewId();

        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => Store.AppendAsync(Incoming(id, "hello"), None));

        Assert.Empty(await Store.GetMessagesAsync(id, 0, 10, None));
        Assert.Empty(await Store.GetUnhandledIncomingAsync(10, None));
    }

    [Fact]
    public async Task AppendAsync_SameExternalIdInAnotherConversation_IsStored()
    {
        var a = await CreateConversationAsync(Store);
        var b = await CreateConversationAsync(Store);
        await Store.AppendAsync(Incoming(a.Id, "hi", "client-1"), None);

        var other = await Store.AppendAsync(Incoming(b.Id, "hi", "client-1"), None);

        Assert.False(other.Duplicate);
        Assert.Equal(1, other.Message.Sequence);
    }

    [Fact]
    public async Task GetMessagesAsync_AfterWatermark_ReturnsLaterMessagesInOrderUpToLimit()
    {
        var c = await CreateConversationAsync(Store);
        for (var i = 1; i <= 5; i++)
            await Store.AppendAsync(Outgoing(c.Id, "m" + i), None);

        Assert.Equal(["m3", "m4", "m5"], (await Store.GetMessagesAsync(c.Id, 2, 100, None)).Select(m => m.Text));
        Assert.Equal(["m2", "m3"], (await Store.GetMessagesAsync(c.Id, 1, 2, None)).Select(m => m.Text));
        Assert.Empty(await Store.GetMessagesAsync(c.Id, 5, 100, None));
    }

    [Fact]
    public async Task GetUnhandledIncomingAsync_MixedMessages_ReturnsIncomingOldestFirstUntilHandled()
    {
        var a = await CreateConversationAsync(Store);
        var b = await CreateConversationAsync(Store);
        await Store.AppendAsync(Incoming(b.Id, "later", at: T0.AddMinutes(5)), None);
        await Store.AppendAsync(Incoming(a.Id, "earlier", at: T0.AddMinutes(1)), None);
        await Store.AppendAsync(Outgoing(a.Id, "bot reply", T0.AddMinutes(2)), None);

        var pending = await Store.GetUnhandledIncomingAsync(10, None);
        Assert.Equal(["earlier", "later"], pending.Select(m => m.Text));

        await Store.MarkHandledAsync(a.Id, pending[0].Sequence, None);

        Assert.Equal(["later"], (await Store.GetUnhandledIncomingAsync(10, None)).Select(m => m.Text));
    }

    [Fact]
    public async Task AppendAsync_FullActivity_RoundTripsThroughTheStore()
    {
        var c = await CreateConversationAsync(Store);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Is my trash day Tuesday? <b>not html</b>",
            Locale = "en-US",
            From = new ChannelAccount("user-1", "Ana", "user"),
            ChannelData = JsonSerializer.SerializeToElement(new { clientActivityID = "abc-123", other = new[] { 1, 2 } }),
            SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Yes"), CardAction.OpenUrl("Schedule", "https://riverton.example/trash")] },
            Extra = new() { ["customField"] = JsonSerializer.SerializeToElement(42) },
        };
        var message = new Message
        {
            ConversationId = c.Id,
            Direction = MessageDirection.Incoming,
            AuthorKind = AuthorKind.Contact,
            AuthorId = "contact-1",
            AuthorName = "Ana",
            IsPrivate = true,
            Text = activity.Text,
            Activity = activity,
            ExternalId = "abc-123",
            CreatedAt = new DateTimeOffset(2026, 3, 2, 9, 15, 1, 234, TimeSpan.FromHours(-5)).AddTicks(5678),
        };
        await Store.AppendAsync(message, None);

        var read = Assert.Single(await Store.GetMessagesAsync(c.Id, 0, 10, None));

        Assert.Equal("abc-123", read.Activity.ClientActivityId);
        Assert.Equal(activity.Text, read.Activity.Text);
        Assert.Equal("Ana", read.Activity.From?.Name);
        Assert.Equal(activity.SuggestedActions.Actions, read.Activity.SuggestedActions?.Actions);
        Assert.Equal(42, read.Activity.Extra?["customField"].GetInt32());
        Assert.Equal(ActivityJson.Serialize(activity), ActivityJson.Serialize(read.Activity));
        Assert.Equal((message.AuthorId, message.AuthorName, message.IsPrivate, message.ExternalId, message.CreatedAt),
            (read.AuthorId, read.AuthorName, read.IsPrivate, read.ExternalId, read.CreatedAt));
        Assert.Equal(MessageDirection.Incoming, read.Direction);
        Assert.Equal(AuthorKind.Contact, read.AuthorKind);
    }
}
