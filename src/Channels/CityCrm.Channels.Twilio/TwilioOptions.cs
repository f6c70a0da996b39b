namespace CityCrm.Channels.Twilio;

/// <summary>Configuration of the Twilio channels (section "Twilio").</summary>
public sealed class TwilioOptions
{
    public const string SectionName = "Twilio";

    /// <summary>
    /// The public URL Twilio calls, without a trailing slash ("https://311.riverton.example"). Webhook signatures
    /// are computed on it, never on the request's Host, which a proxy in front of the service rewrites.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>Twilio's REST API; tests point it at a local server.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.twilio.com";

    /// <summary>The region (ISO 3166 code) for phone numbers written without a country code.</summary>
    public string DefaultRegion { get; set; } = "US";

    /// <summary>The reply to HELP or INFO.</summary>
    public string HelpText { get; set; } = "";

    /// <summary>The reply to START or UNSTOP, once the number is opted back in.</summary>
    public string OptInText { get; set; } = "";

    /// <summary>How long one REST call may take before it is given up and retried later, in seconds.</summary>
    public int ApiTimeoutSeconds { get; set; } = 30;

    /// <summary>The city's Twilio numbers, each with its account's credentials and the inboxes it serves.</summary>
    public List<TwilioNumber> Numbers { get; set; } = [];
}
