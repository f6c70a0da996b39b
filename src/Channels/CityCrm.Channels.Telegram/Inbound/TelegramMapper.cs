using System.Globalization;
using System.Text.Json;
using CityCrm.Channels.Schema;

namespace CityCrm.Channels.Telegram.Inbound;

/// <summary>
/// Pure mapping of Telegram's Update objects to our Activity: texts and captions, photos (the largest size), documents,
/// locations (an entity and "latitude, longitude" text, so a report can use it as the place), and button presses
/// (the pressed button's data, as if typed). Anything else from a private chat is a message without text, which the
/// bot answers politely; updates from groups and channels, and edits, are not for the city's bot.
/// </summary>
public static class TelegramMapper
{
    /// <summary>The entity type of a shared location (latitude, longitude).</summary>
    public const string LocationEntityType = "location";

    /// <summary>The mapped update, or null when it is nothing the city answers (an edit, a group's message, a bot's).</summary>
    public static TelegramInbound? Map(JsonElement update, string botUsername, DateTimeOffset receivedAt)
    {
        if (update.ValueKind != JsonValueKind.Object || !update.TryGetProperty("update_id", out var idElement)
            || idElement.ValueKind != JsonValueKind.Number || !idElement.TryGetInt64(out var updateId))
            return null;
        if (update.TryGetProperty("message", out var message))
            return FromMessage(updateId, message, botUsername, receivedAt);
        if (update.TryGetProperty("callback_query", out var query))
            return FromCallback(updateId, query, botUsername, receivedAt);
        return null;
    }

    private static TelegramInbound? FromMessage(long updateId, JsonElement message, string botUsername, DateTimeOffset receivedAt)
    {
        if (PrivateChat(message) is not { } chatId || !message.TryGetProperty("from", out var from) || IsBot(from))
            return null;
        var attachments = new List<Attachment>();
        var entities = new List<Entity>();
        var text = Str(message, "text") ?? Str(message, "caption") ?? "";
        if (message.TryGetProperty("photo", out var sizes) && sizes.ValueKind == JsonValueKind.Array && sizes.GetArrayLength() > 0)
            attachments.Add(File(sizes[sizes.GetArrayLength() - 1], "image/jpeg", null));
        if (message.TryGetProperty("document", out var document) && document.ValueKind == JsonValueKind.Object)
            attachments.Add(File(document, Str(document, "mime_type") ?? "application/octet-stream", Str(document, "file_name")));
        if (message.TryGetProperty("location", out var location) && location.ValueKind == JsonValueKind.Object
            && location.TryGetProperty("latitude", out var lat) && lat.ValueKind == JsonValueKind.Number
            && location.TryGetProperty("longitude", out var lon) && lon.ValueKind == JsonValueKind.Number)
        {
            entities.Add(new Entity
            {
                Type = LocationEntityType,
                Properties = new() { ["latitude"] = lat.Clone(), ["longitude"] = lon.Clone() },
            });
            if (text.Length == 0)
                text = string.Create(CultureInfo.InvariantCulture, $"{lat.GetDouble():0.######}, {lon.GetDouble():0.######}");
        }
        var sent = message.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.Number && date.TryGetInt64(out var unix)
            ? DateTimeOffset.FromUnixTimeSeconds(unix) : receivedAt;
        var activity = Message(chatId, from, botUsername, text, sent, Str(message, "message_id"));
        activity.Attachments = attachments.Count > 0 ? attachments : null;
        activity.Entities = entities.Count > 0 ? entities : null;
        return new TelegramInbound(updateId, chatId, Name(from), Str(from, "language_code"), null, activity);
    }

    private static TelegramInbound? FromCallback(long updateId, JsonElement query, string botUsername, DateTimeOffset receivedAt)
    {
        if (!query.TryGetProperty("message", out var message) || PrivateChat(message) is not { } chatId
            || !query.TryGetProperty("from", out var from) || IsBot(from) || Str(query, "id") is not { } queryId)
            return null;
        var activity = Message(chatId, from, botUsername, Str(query, "data") ?? "", receivedAt, null);
        return new TelegramInbound(updateId, chatId, Name(from), Str(from, "language_code"), queryId, activity);
    }

    private static Activity Message(string chatId, JsonElement from, string botUsername, string text, DateTimeOffset timestamp, string? messageId) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelIds.Telegram,
        Timestamp = timestamp,
        From = new ChannelAccount(chatId, Name(from), "user"),
        Recipient = new ChannelAccount(botUsername, botUsername, "bot"),
        Text = text,
        TextFormat = "plain",
        Locale = Str(from, "language_code"),
        ChannelData = messageId is null ? null : JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["message_id"] = messageId }),
    };

    // The city's bot talks with one resident at a time; a group's chat is not a resident's.
    private static string? PrivateChat(JsonElement message) =>
        message.ValueKind == JsonValueKind.Object && message.TryGetProperty("chat", out var chat) && Str(chat, "type") == "private" ? Str(chat, "id") : null;

    private static bool IsBot(JsonElement from) =>
        from.ValueKind != JsonValueKind.Object || (from.TryGetProperty("is_bot", out var isBot) && isBot.ValueKind == JsonValueKind.True);

    private static Attachment File(JsonElement file, string contentType, string? name) => new()
    {
        ContentType = contentType,
        ContentUrl = $"telegram:file/{Str(file, "file_id")}",
        Name = name,
    };

    private static string? Name(JsonElement from)
    {
        var name = $"{Str(from, "first_name")} {Str(from, "last_name")}".Trim();
        return name.Length > 0 ? name : Str(from, "username");
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
