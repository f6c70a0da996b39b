namespace CityCrm.Channels.Telegram;

/// <summary>One Telegram bot, as BotFather created it, and the inbox its chats arrive on.</summary>
public sealed class TelegramBotOptions
{
    /// <summary>The inbox (Conversations:Inboxes, channel "telegram"); its id is also the webhook path's last segment.</summary>
    public string InboxId { get; set; } = "";

    /// <summary>The bot's token from BotFather ("123456:ABC..."): it signs every Bot API call, so keep it secret.</summary>
    public string Token { get; set; } = "";

    /// <summary>
    /// The secret_token given to setWebhook: Telegram sends it in X-Telegram-Bot-Api-Secret-Token with every update, and an
    /// update without it is refused. 1 to 256 characters of A-Z, a-z, 0-9, _ and -.
    /// </summary>
    public string SecretToken { get; set; } = "";

    /// <summary>The bot's @username, shown to agents.</summary>
    public string Username { get; set; } = "";
}
