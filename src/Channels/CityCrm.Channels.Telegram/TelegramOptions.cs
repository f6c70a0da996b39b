namespace CityCrm.Channels.Telegram;

/// <summary>The city's Telegram bots (configuration section "Telegram"); each one is an inbox of channel "telegram".</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    /// <summary>The Bot API's address; tests point it at a local server.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>How long one Bot API call may take before it is retried later.</summary>
    public int ApiTimeoutSeconds { get; set; } = 15;

    public List<TelegramBotOptions> Bots { get; set; } = [];
}
