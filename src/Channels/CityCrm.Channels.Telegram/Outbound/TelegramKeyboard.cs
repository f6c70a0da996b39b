using System.Text;
using System.Text.Json.Nodes;
using CityCrm.Channels.Schema;

namespace CityCrm.Channels.Telegram.Outbound;

/// <summary>
/// The bot's suggested actions as a Telegram inline keyboard, one button per row (easy to tap on a phone): a reply
/// button sends its value back as callback data, a link button opens its URL.
/// </summary>
public static class TelegramKeyboard
{
    /// <summary>Telegram's limit on a button's callback data, in bytes.</summary>
    public const int MaxCallbackBytes = 64;

    /// <summary>The inline keyboard, or null when there is no action Telegram can show.</summary>
    public static JsonObject? From(SuggestedActions? actions)
    {
        var rows = new JsonArray();
        foreach (var action in actions?.Actions ?? [])
        {
            if (Button(action) is { } button)
                rows.Add(new JsonArray(button));
        }
        return rows.Count == 0 ? null : new JsonObject { ["inline_keyboard"] = rows };
    }

    private static JsonObject? Button(CardAction action)
    {
        if (string.IsNullOrWhiteSpace(action.Title))
            return null;
        if (action.Type == "openUrl")
            return Uri.TryCreate(action.Value, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"
                ? new JsonObject { ["text"] = action.Title, ["url"] = url.ToString() }
                : null;
        // Data over Telegram's limit would be refused with the whole message; the title, when short enough, says the same.
        var data = new[] { action.Value, action.Title }.FirstOrDefault(d => !string.IsNullOrEmpty(d) && Encoding.UTF8.GetByteCount(d) <= MaxCallbackBytes);
        return data is null ? null : new JsonObject { ["text"] = action.Title, ["callback_data"] = data };
    }
}
