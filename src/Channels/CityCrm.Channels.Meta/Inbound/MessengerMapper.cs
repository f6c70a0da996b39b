using System.Text.Json;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Outbox;

namespace CityCrm.Channels.Meta.Inbound;

/// <summary>
/// Pure mapping of one Messenger event (entry[].messaging[]) to our Activity or a receipt. A quick reply or a postback
/// becomes the chosen title as text, as if typed; attachments keep Meta's URL; a shared location becomes text the
/// report dialog takes as the request's location.
/// </summary>
public static class MessengerMapper
{
    /// <summary>The resident's page-scoped id (sender.id).</summary>
    public static string? SenderId(JsonElement messaging) => messaging.Obj("sender")?.Str("id");

    /// <summary>
    /// The provider's id for de-duplication: the message's or postback's mid, or, for a postback without one, the
    /// sender and the event's time (Meta repeats both on a retry).
    /// </summary>
    public static string? ExternalId(JsonElement messaging) =>
        messaging.Obj("message")?.Str("mid")
        ?? messaging.Obj("postback")?.Str("mid")
        ?? (messaging.Obj("postback") is not null && SenderId(messaging) is { } sender ? $"postback:{sender}:{messaging.Str("timestamp")}" : null);

    /// <summary>
    /// The activity for a message or postback from the resident, or null for anything else (receipts, echoes of the
    /// page's own messages, reactions).
    /// </summary>
    public static Activity? ToActivity(JsonElement messaging, string residentId, string pageId, DateTimeOffset receivedAt)
    {
        var message = messaging.Obj("message");
        var postback = messaging.Obj("postback");
        if ((message is null && postback is null) || message?.Flag("is_echo") == true)
            return null;
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Timestamp = receivedAt,
            ChannelId = ChannelIds.Messenger,
            From = new ChannelAccount(residentId, null, "user"),
            Recipient = new ChannelAccount(pageId, null, "bot"),
            TextFormat = "plain",
            ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string?>
            {
                ["mid"] = ExternalId(messaging), ["timestamp"] = messaging.Str("timestamp"),
                ["payload"] = postback?.Str("payload") ?? message?.Obj("quick_reply")?.Str("payload"),
            }.Where(p => p.Value is not null).ToDictionary()),
        };
        if (postback is { } chosen)
        {
            activity.Text = chosen.Str("title") ?? chosen.Str("payload") ?? "";
            return activity;
        }
        var m = message!.Value;
        activity.Text = m.Str("text") ?? m.Obj("quick_reply")?.Str("payload") ?? "";
        var attachments = new List<Attachment>();
        foreach (var attachment in m.Arr("attachments"))
        {
            var payload = attachment.Obj("payload");
            if (attachment.Str("type") == "location" && payload?.Obj("coordinates") is { } at && at.Num("lat") is { } lat && at.Num("long") is { } lon)
            {
                activity.Text = MetaLocation.Text(lat, lon, attachment.Str("title"), null);
                activity.Entities = [MetaLocation.Entity(lat, lon, attachment.Str("title"), null)];
            }
            else if (payload?.Str("url") is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == "https")
            {
                attachments.Add(new Attachment { ContentType = ContentTypeOf(attachment.Str("type")), ContentUrl = url, Name = attachment.Str("title") });
            }
        }
        activity.Attachments = attachments.Count > 0 ? attachments : null;
        return activity;
    }

    /// <summary>The delivery or read receipt in the event, or null.</summary>
    public static MessengerReceipt? ToReceipt(JsonElement messaging)
    {
        if (messaging.Obj("delivery") is { } delivery)
        {
            var mids = delivery.Arr("mids").Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!).ToList();
            return new MessengerReceipt(DeliveryStatuses.Delivered, mids, Watermark(delivery));
        }
        return messaging.Obj("read") is { } read ? new MessengerReceipt(DeliveryStatuses.Read, [], Watermark(read)) : null;
    }

    // Messenger's watermarks are milliseconds since the epoch.
    private static DateTimeOffset? Watermark(JsonElement receipt) =>
        receipt.Num("watermark") is { } ms and > 0 and < 1e15 ? DateTimeOffset.FromUnixTimeMilliseconds((long)ms) : null;

    private static string ContentTypeOf(string? type) => type switch
    {
        "image" => "image/*",
        "video" => "video/*",
        "audio" => "audio/*",
        _ => "application/octet-stream",
    };
}
