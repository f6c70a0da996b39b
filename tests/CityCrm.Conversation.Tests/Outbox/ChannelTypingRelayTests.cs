using System.Collections.Concurrent;
using CityCrm.Channels;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Events;
using CityCrm.Conversations.Hubs;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using Microsoft.Extensions.Logging.Abstractions;

namespace CityCrm.Conversations.Tests.Outbox;

/// <summary>An agent's typing relayed to the channels that can show it, at most once per the channel's repeat time, and only with consent.</summary>
public sealed class ChannelTypingRelayTests
{
    private sealed class RecordingTypingSender(string channelId) : ITypingSender
    {
        public ConcurrentQueue<(string Inbox, string Conversation, string Address)> Calls { get; } = new();

        public string ChannelId => channelId;

        public TimeSpan RepeatAfter => TimeSpan.FromSeconds(4);

        public Task<bool> SendTypingAsync(string inboxId, string conversationId, string address, CancellationToken cancellationToken)
        {
            Calls.Enqueue((inboxId, conversationId, address));
            return Task.FromResult(true);
        }
    }

    private static (ChannelTypingRelay Relay, RecordingTypingSender Sender) Relay(OutboxHarness h)
    {
        var sender = new RecordingTypingSender(OutboxHarness.Sms.ChannelId);
        return (new ChannelTypingRelay([sender], h.Store, new TypingThrottle(h.Clock), new TypingConsent(h.Consent, h.Store), NullLogger<ChannelTypingRelay>.Instance), sender);
    }

    private static Task TypeAsync(ChannelTypingRelay relay, OutboxHarness h, string conversationId) =>
        relay.HandleAsync(new AgentTyping(conversationId, "inbox", "agent-1", "Alex", h.Clock.GetUtcNow()), CancellationToken.None);

    [Fact]
    public async Task Handle_ConversationOnAChannelThatShowsTyping_SendsToTheResidentsAddress()
    {
        await using var h = await OutboxHarness.CreateAsync();
        var (relay, sender) = Relay(h);
        var conversation = await h.StartAsync("+15550601");

        await TypeAsync(relay, h, conversation.Id);
        await relay.LastSignal;

        Assert.Equal((OutboxHarness.Sms.Id, conversation.Id, "+15550601"), Assert.Single(sender.Calls));
    }

    [Fact]
    public async Task Handle_AgainWithinTheRepeatTime_SendsNothingMoreUntilItPasses()
    {
        await using var h = await OutboxHarness.CreateAsync();
        var (relay, sender) = Relay(h);
        var conversation = await h.StartAsync("+15550602");
        await TypeAsync(relay, h, conversation.Id);
        await relay.LastSignal;

        h.Clock.Advance(TimeSpan.FromSeconds(3));
        await TypeAsync(relay, h, conversation.Id);
        await relay.LastSignal;
        Assert.Single(sender.Calls);

        h.Clock.Advance(TimeSpan.FromSeconds(1));
        await TypeAsync(relay, h, conversation.Id);
        await relay.LastSignal;
        Assert.Equal(2, sender.Calls.Count);
    }

    [Fact]
    public async Task Handle_ChannelWithoutATypingSender_SendsNothing()
    {
        await using var h = await OutboxHarness.CreateAsync();
        var (relay, sender) = Relay(h);
        var webChat = await h.StartAsync("user-web-1", OutboxHarness.Web);

        await TypeAsync(relay, h, webChat.Id);
        await relay.LastSignal;

        Assert.Empty(sender.Calls);
    }

    [Fact]
    public async Task Handle_ResidentOptedOutOfTheChannel_SendsNothing()
    {
        await using var h = await OutboxHarness.CreateAsync();
        var (relay, sender) = Relay(h);
        var conversation = await h.StartAsync("+15550603");
        await h.OptOuts.RecordAsync(new ConsentChange("sms", "+15550603", OutboxHarness.Sms.Id, true, "STOP", h.Clock.GetUtcNow()), CancellationToken.None);

        await TypeAsync(relay, h, conversation.Id);
        await relay.LastSignal;

        Assert.Empty(sender.Calls);
    }

    [Fact]
    public async Task Handle_ResidentOptedOutOfEverything_SendsNothing()
    {
        await using var h = await OutboxHarness.CreateAsync();
        var (relay, sender) = Relay(h);
        var conversation = await h.StartAsync("+15550604");
        await h.Consents.RecordAsync(Consent(conversation, ConsentRecord.Any, optedIn: false, h.Clock.GetUtcNow()), CancellationToken.None);

        await TypeAsync(relay, h, conversation.Id);
        await relay.LastSignal;

        Assert.Empty(sender.Calls);
    }

    [Fact]
    public async Task Handle_ResidentOptedBackInToTheChannel_SendsAgain()
    {
        await using var h = await OutboxHarness.CreateAsync();
        var (relay, sender) = Relay(h);
        var conversation = await h.StartAsync("+15550605");
        await h.Consents.RecordAsync(Consent(conversation, "sms", optedIn: false, h.Clock.GetUtcNow()), CancellationToken.None);
        await TypeAsync(relay, h, conversation.Id);
        await relay.LastSignal;
        Assert.Empty(sender.Calls);

        h.Clock.Advance(TimeSpan.FromMinutes(1));
        await h.Consents.RecordAsync(Consent(conversation, "sms", optedIn: true, h.Clock.GetUtcNow()), CancellationToken.None);
        await TypeAsync(relay, h, conversation.Id);
        await relay.LastSignal;

        Assert.Equal((OutboxHarness.Sms.Id, conversation.Id, "+15550605"), Assert.Single(sender.Calls));
    }

    private static ConsentRecord Consent(Conversation conversation, string channel, bool optedIn, DateTimeOffset at) =>
        new(conversation.ContactId, channel, ConsentRecord.Any, optedIn, at, "agent:alex", optedIn ? "Texts are welcome again." : "No more texts.");
}
