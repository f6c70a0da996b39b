using CityCrm.Channels.Telegram.Rest;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Telegram.Outbound;

/// <summary>
/// Sends a stored outgoing message to a Telegram chat from the bot of the conversation's inbox, with the bot's
/// suggested actions as buttons. The token is the configured bot's, looked up for every message.
/// </summary>
public sealed class TelegramSender(TelegramBotClient client, IOptionsMonitor<TelegramOptions> options) : IChannelSender, ITypingSender
{
    /// <summary>Telegram shows a chat action for 5 seconds; renewing it a little sooner keeps it up without a gap.</summary>
    public static readonly TimeSpan TypingShownFor = TimeSpan.FromSeconds(4);

    /// <summary>Telegram's limit for one message's text; the outbox splits longer texts.</summary>
    public const int MaxMessageLength = 4096;

    public string ChannelId => ChannelIds.Telegram;

    public int MaxTextLength => MaxMessageLength;

    public TimeSpan RepeatAfter => TypingShownFor;

    public async Task<SendOutcome> SendAsync(OutboundDelivery delivery, CancellationToken cancellationToken)
    {
        var bot = options.CurrentValue.Bots.FirstOrDefault(b => b.InboxId == delivery.InboxId);
        if (bot is null)
            return SendOutcome.Failed($"No Telegram bot is configured for inbox {delivery.InboxId}.");
        if (string.IsNullOrWhiteSpace(delivery.Activity.Text))
            return SendOutcome.Failed("The message has no text to send.");
        return await client.SendMessageAsync(bot, delivery.Address, delivery.Activity.Text,
            TelegramKeyboard.From(delivery.Activity.SuggestedActions), cancellationToken);
    }

    public async Task<bool> SendTypingAsync(string inboxId, string conversationId, string address, CancellationToken cancellationToken)
    {
        var bot = options.CurrentValue.Bots.FirstOrDefault(b => b.InboxId == inboxId);
        return bot is not null && (await client.SendChatActionAsync(bot, address, "typing", cancellationToken)).Kind == SendOutcomeKind.Accepted;
    }
}
