using System.Globalization;
using System.Text.Json;
using CityCrm.Channels.Schema;
using Microsoft.AspNetCore.Http;

namespace CityCrm.Channels.Twilio.Sms;

/// <summary>
/// Pure mapping of Twilio's incoming-message webhook (SMS and MMS) to our Activity. Addresses are passed in already
/// normalized, so the mapper never decides who the resident is.
/// </summary>
public static class TwilioSmsMapper
{
    /// <summary>Twilio attaches at most ten media to one message.</summary>
    public const int MaxMedia = 10;

    private static readonly string[] KeptFields = ["MessageSid", "AccountSid", "MessagingServiceSid", "NumSegments", "NumMedia"];

    /// <summary>
    /// The resident's message: its text (empty for a picture alone), media as attachments, the provider ids in
    /// channelData. An <paramref name="eventName"/> (a compliance keyword) makes it an event activity instead.
    /// </summary>
    public static Activity ToActivity(IFormCollection form, string residentAddress, string ourAddress, DateTimeOffset receivedAt, string? eventName = null) => new()
    {
        Type = eventName is null ? ActivityTypes.Message : ActivityTypes.Event,
        Name = eventName,
        Timestamp = receivedAt,
        ChannelId = ChannelIds.Sms,
        From = new ChannelAccount(residentAddress, null, "user"),
        Recipient = new ChannelAccount(ourAddress, null, "bot"),
        Text = form["Body"].ToString(),
        TextFormat = "plain",
        Attachments = Media(form) is { Count: > 0 } media ? media : null,
        ChannelData = JsonSerializer.SerializeToElement(KeptFields
            .Where(f => !string.IsNullOrEmpty(form[f].ToString()))
            .ToDictionary(f => f, f => form[f].ToString())),
    };

    /// <summary>The provider's id of the message (MessageSid, or SmsSid from older webhooks).</summary>
    public static string? MessageSid(IFormCollection form) =>
        FirstOf(form, "MessageSid", "SmsMessageSid", "SmsSid");

    /// <summary>MediaUrlN / MediaContentTypeN for N below NumMedia, as attachments.</summary>
    public static List<Attachment> Media(IFormCollection form)
    {
        if (!int.TryParse(form["NumMedia"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            return [];
        var media = new List<Attachment>();
        for (var i = 0; i < Math.Min(count, MaxMedia); i++)
        {
            var url = form[$"MediaUrl{i}"].ToString();
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
                continue;
            var type = form[$"MediaContentType{i}"].ToString();
            media.Add(new Attachment { ContentType = string.IsNullOrEmpty(type) ? "application/octet-stream" : type, ContentUrl = url });
        }
        return media;
    }

    private static string? FirstOf(IFormCollection form, params string[] names) =>
        names.Select(n => form[n].ToString()).FirstOrDefault(v => !string.IsNullOrEmpty(v));
}
