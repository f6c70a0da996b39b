namespace CityCrm.Channels.Meta;

/// <summary>Configuration of the Meta channels, WhatsApp Cloud API and Messenger (section "Meta").</summary>
public sealed class MetaOptions
{
    public const string SectionName = "Meta";

    /// <summary>The Graph API; tests point it at a local server.</summary>
    public string GraphBaseUrl { get; set; } = "https://graph.facebook.com";

    /// <summary>The Graph API version every call is made against ("v21.0").</summary>
    public string GraphVersion { get; set; } = "v21.0";

    /// <summary>The Meta app's secret: it signs every webhook (X-Hub-Signature-256). Keep it out of source control.</summary>
    public string AppSecret { get; set; } = "";

    /// <summary>The token typed into the app's webhook settings, which Meta sends back when it verifies the URL.</summary>
    public string VerifyToken { get; set; } = "";

    /// <summary>How long one Graph call may take before it is given up and retried later, in seconds.</summary>
    public int ApiTimeoutSeconds { get; set; } = 30;

    /// <summary>The reply to a message type the service cannot read (a sticker, a poll...).</summary>
    public string UnsupportedReply { get; set; } =
        "Sorry, we cannot read this kind of message. Please send us text, a photo or your location.";

    /// <summary>The city's WhatsApp business phone numbers.</summary>
    public List<WhatsAppNumber> WhatsApp { get; set; } = [];

    /// <summary>The city's Facebook pages that take Messenger conversations.</summary>
    public List<MessengerPage> Messenger { get; set; } = [];

    /// <summary>The approved WhatsApp templates, one per notification type, sent outside the 24-hour window.</summary>
    public List<MetaTemplate> Templates { get; set; } = [];
}
