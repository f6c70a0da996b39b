namespace CityCrm.Channels.Twilio;

/// <summary>One phone number the city owns at Twilio.</summary>
public sealed class TwilioNumber
{
    /// <summary>The number in E.164 ("+15555550100"); other formats are normalized when the options are read.</summary>
    public string PhoneNumber { get; set; } = "";

    /// <summary>The Twilio account the number belongs to ("AC" and 32 hex digits).</summary>
    public string AccountSid { get; set; } = "";

    /// <summary>The account's auth token: it signs webhooks and authenticates REST calls. Keep it out of source control.</summary>
    public string AuthToken { get; set; } = "";

    /// <summary>The inbox (channel "sms") that texts to this number arrive in, or null when it takes no texts.</summary>
    public string? SmsInboxId { get; set; }

    /// <summary>The inbox (channel "voice") that calls to this number arrive in, or null when it takes no calls.</summary>
    public string? VoiceInboxId { get; set; }
}
