using CityCrm.Channels.Schema;
using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using CityCrm.Conversations.Tests.Fakes;
using CityCrm.Conversations.Tests.Outbox;

namespace CityCrm.Conversations.Tests.Intake;

/// <summary>An inbound message the bot must not answer (an auto-reply, a mailing list) is stored and left to agents.</summary>
public sealed class BotMayAnswerTests
{
    private static readonly Inbox Mail = new("email", "email", "311 email");
    private readonly InMemoryConversationStore store = new();
    private readonly BotTurnQueue queue = new();
    private readonly ConversationService conversations;

    public BotMayAnswerTests() =>
        conversations = new ConversationService(store, new InboxRegistry([Mail]), new RecordingPublisher(), queue,
            new ChannelSenders([]), new OutboxSignal(), new FakeTimeProvider(OutboxHarness.T0));

    private static Activity Email(string text) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "email",
        From = new ChannelAccount("kim@mail.example", "Kim", "user"),
        Text = text,
    };

    [Fact]
    public async Task ReceiveAsync_BotMayNotAnswer_StoredHandledNoTurnQueued()
    {
        var conversation = await conversations.OpenAsync(Mail.Id, "kim@mail.example", "c-auto", CancellationToken.None);

        var result = await conversations.ReceiveAsync(
            new InboundActivity(Mail.Id, "kim@mail.example", conversation.Id, "ooo-1@mail.example", Email("Out of office"), BotMayAnswer: false), CancellationToken.None);

        Assert.False(result.Duplicate);
        Assert.Equal("Out of office", Assert.Single(await store.GetMessagesAsync(conversation.Id, 0, 10, CancellationToken.None)).Text);
        Assert.False(queue.Reader.TryRead(out _));
        Assert.Empty(await store.GetUnhandledIncomingAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task ReceiveAsync_BotMayAnswer_TurnQueued()
    {
        var conversation = await conversations.OpenAsync(Mail.Id, "kim@mail.example", "c-person", CancellationToken.None);

        var result = await conversations.ReceiveAsync(
            new InboundActivity(Mail.Id, "kim@mail.example", conversation.Id, "q-1@mail.example", Email("When is trash day?")), CancellationToken.None);

        Assert.True(queue.Reader.TryRead(out var turn));
        Assert.Equal(new BotTurnRequest(conversation.Id, result.Message.Sequence), turn);
    }
}
