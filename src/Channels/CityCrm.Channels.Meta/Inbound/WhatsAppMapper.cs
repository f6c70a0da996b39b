using System.Text.Json;
using CityCrm.Channels.Schema;

namespace CityCrm.Channels.Meta.Inbound;

/// <summary>
/// Pure mapping of one WhatsApp Cloud API message (value.messages[] of a "messages" change) to our Activity.
/// Text, a tapped button or list row, a shared location or contact card become text the bot reads as if typed;
/// media become attachments resolved through the Graph API only when staff open them. Addresses come in already
/// normalized, so the mapper never decides who the resident is.
/// </summary>
public static class WhatsAppMapper
{
    private static readonly string[] MediaTypes = ["image", "document", "audio", "video"];

    /// <summary>
    /// The activity for <paramref name="message"/>, or null for a reaction, which is acknowledged and not stored (an emoji
    /// on an earlier message is not something to answer). A type the service cannot read becomes an event named
    /// <see cref="MetaEventNames.Unsupported"/>.
    /// </summary>
    public static Activity? ToActivity(
        JsonElement message, string residentAddress, string? residentName, string phoneNumberId, string ourAddress, DateTimeOffset receivedAt)
    {
        var type = message.Str("type") ?? "unsupported";
        if (type == "reaction")
            return null;
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Timestamp = receivedAt,
            ChannelId = ChannelIds.WhatsApp,
            From = new ChannelAccount(residentAddress, residentName, "user"),
            Recipient = new ChannelAccount(ourAddress, null, "bot"),
            TextFormat = "plain",
            ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string?>
            {
                ["wamid"] = message.Str("id"), ["type"] = type, ["timestamp"] = message.Str("timestamp"),
                ["context"] = message.Obj("context")?.Str("id"),
            }.Where(p => p.Value is not null).ToDictionary()),
        };
        switch (type)
        {
            case "text":
                activity.Text = message.Obj("text")?.Str("body") ?? "";
                break;
            case "interactive" when message.Obj("interactive") is { } interactive
                                    && (interactive.Obj("button_reply") ?? interactive.Obj("list_reply")) is { } chosen:
                activity.Text = chosen.Str("title") ?? chosen.Str("id") ?? "";
                break;
            case "button":
                activity.Text = message.Obj("button")?.Str("text") ?? message.Obj("button")?.Str("payload") ?? "";
                break;
            case "location" when message.Obj("location") is { } place && place.Num("latitude") is { } lat && place.Num("longitude") is { } lon:
                activity.Text = MetaLocation.Text(lat, lon, place.Str("name"), place.Str("address"));
                activity.Entities = [MetaLocation.Entity(lat, lon, place.Str("name"), place.Str("address"))];
                break;
            case "contacts":
                activity.Text = string.Join("\n", message.Arr("contacts").Select(ContactLine));
                break;
            case var media when MediaTypes.Contains(media) && message.Obj(media) is { } file && file.Str("id") is { } mediaId:
                activity.Text = file.Str("caption") ?? "";
                activity.Attachments = [new Attachment
                {
                    ContentType = file.Str("mime_type") ?? "application/octet-stream",
                    ContentUrl = MetaMedia.WhatsAppPath(phoneNumberId, mediaId),
                    // The console lists files by name; photos and voice notes come without one.
                    Name = file.Str("filename") ?? $"whatsapp-{media}-{mediaId}",
                }];
                break;
            default:
                activity.Type = ActivityTypes.Event;
                activity.Name = MetaEventNames.Unsupported;
                activity.Text = $"[{type} message]";
                break;
        }
        return activity;
    }

    /// <summary>The resident's display name from value.contacts[] (their WhatsApp profile), or null.</summary>
    public static string? ProfileName(JsonElement value, string? waId) =>
        value.Arr("contacts").Where(c => c.Str("wa_id") == waId).Select(c => c.Obj("profile")?.Str("name")).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));

    // "Ana Ruiz: +1 555-555-0142, ana@example.org" — what an agent needs to call the person back.
    private static string ContactLine(JsonElement contact)
    {
        var name = contact.Obj("name")?.Str("formatted_name") ?? "Contact";
        var details = contact.Arr("phones").Select(p => p.Str("phone")).Concat(contact.Arr("emails").Select(e => e.Str("email")))
            .Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        return details.Count == 0 ? name : $"{name}: {string.Join(", ", details)}";
    }
}
