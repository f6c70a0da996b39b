using CityCrm.Conversations.Outbox;
using Microsoft.AspNetCore.Http;

namespace CityCrm.Channels.Twilio.Sms;

/// <summary>Pure mapping of Twilio's message status callback to a delivery report.</summary>
public static class TwilioStatusMapper
{
    /// <summary>
    /// The report for the callback, or null when it names no message or no status. The status is lower-cased
    /// (queued, sending, sent, delivered, undelivered, failed, read); an empty ErrorCode is no error.
    /// </summary>
    public static DeliveryReport? ToReport(IFormCollection form, DateTimeOffset receivedAt)
    {
        var sid = First(form, "MessageSid", "SmsSid");
        var status = First(form, "MessageStatus", "SmsStatus");
        if (sid is null || status is null)
            return null;
        return new DeliveryReport(ChannelIds.Sms, sid, status.ToLowerInvariant(), First(form, "ErrorCode"), receivedAt);
    }

    private static string? First(IFormCollection form, params string[] names) =>
        names.Select(n => form[n].ToString().Trim()).FirstOrDefault(v => v.Length > 0);
}
