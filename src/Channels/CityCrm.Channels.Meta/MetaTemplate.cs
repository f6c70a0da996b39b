namespace CityCrm.Channels.Meta;

/// <summary>
/// An approved WhatsApp message template, sent instead of a free-form message once the 24-hour customer-service
/// window is closed.
/// </summary>
public sealed class MetaTemplate
{
    /// <summary>The notification it stands in for: "reply" (an agent's reply) or "case-update" (a request's news).</summary>
    public string Type { get; set; } = "";

    /// <summary>The template's name as approved in WhatsApp Manager.</summary>
    public string Name { get; set; } = "";

    /// <summary>The template's language code ("en_US", "es").</summary>
    public string Language { get; set; } = "en_US";

    /// <summary>
    /// The body's parameters in order ({{1}}, {{2}}...), each the name of a value: text (the message's text),
    /// author (who wrote it), reference, service or location (the request a case update is about).
    /// </summary>
    public List<string> Parameters { get; set; } = [];
}
