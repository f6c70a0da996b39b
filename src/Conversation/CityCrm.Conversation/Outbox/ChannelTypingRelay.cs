using CityCrm.Channels;
using CityCrm.Conversations.Events;
using CityCrm.Conversations.Hubs;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.Logging;

namespace CityCrm.Conversations.Outbox;

/// <summary>
/// Shows an agent's typing on the channels that push it (Telegram, Messenger) through their <see cref="ITypingSender"/>,
/// at most once per the sender's <see cref="ITypingSender.RepeatAfter"/> per conversation. The provider is called
/// in the background: the agent's keystroke never waits for it, and a lost signal costs nothing. Nothing goes to a
/// resident who opted out of the channel or of everything (<see cref="TypingConsent"/>).
/// </summary>
public sealed class ChannelTypingRelay(
    IEnumerable<ITypingSender> senders,
    IConversationStore store,
    TypingThrottle throttle,
    TypingConsent consent,
    ILogger<ChannelTypingRelay> logger) : IDomainEventHandler<AgentTyping>
{
    private readonly Dictionary<string, ITypingSender> byChannel = senders.ToDictionary(s => s.ChannelId, StringComparer.Ordinal);

    /// <summary>The latest signal handed to a provider (completed when none is in flight), for a shutdown or a test to wait on.</summary>
    public Task LastSignal { get; private set; } = Task.CompletedTask;

    public async Task HandleAsync(AgentTyping domainEvent, CancellationToken cancellationToken)
    {
        if (byChannel.Count == 0)
            return;
        var conversation = await store.GetAsync(domainEvent.ConversationId, cancellationToken);
        if (conversation is null || !byChannel.TryGetValue(conversation.ChannelId, out var sender))
            return;
        if (!throttle.TryPass("channel:" + conversation.Id, sender.RepeatAfter))
            return;
        LastSignal = Task.Run(() => SendAsync(sender, conversation), CancellationToken.None);
    }

    private async Task SendAsync(ITypingSender sender, Model.Conversation conversation)
    {
        try
        {
            // Checked off the keystroke's path, like the send: the check reads the contact's consents.
            if (!await consent.AllowsAsync(conversation, CancellationToken.None))
                return;
            if (!await sender.SendTypingAsync(conversation.InboxId, conversation.Id, conversation.Address, CancellationToken.None))
                logger.LogDebug("{Channel} did not show typing in conversation {ConversationId}", sender.ChannelId, conversation.Id);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Typing signal on {Channel} failed for conversation {ConversationId}", sender.ChannelId, conversation.Id);
        }
    }
}
