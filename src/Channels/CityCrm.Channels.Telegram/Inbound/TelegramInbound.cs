using CityCrm.Channels.Schema;

namespace CityCrm.Channels.Telegram.Inbound;

/// <summary>One update from Telegram, mapped.</summary>
/// <param name="UpdateId">Telegram's update_id: the same update retried has the same id.</param>
/// <param name="ChatId">The private chat's id: the resident's address on this bot.</param>
/// <param name="DisplayName">The resident's first and last name as Telegram gives them.</param>
/// <param name="LanguageCode">The language of the resident's Telegram app ("es"), when given.</param>
/// <param name="CallbackQueryId">For a button press, the query Telegram waits for an answer to (it stops the button's spinner).</param>
/// <param name="Activity">The resident's message as our Activity.</param>
public sealed record TelegramInbound(
    long UpdateId, string ChatId, string? DisplayName, string? LanguageCode, string? CallbackQueryId, Activity Activity)
{
    /// <summary>The id a retried update is recognized by.</summary>
    public string ExternalId => $"update:{UpdateId}";
}
