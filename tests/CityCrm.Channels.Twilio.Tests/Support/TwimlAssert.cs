using System.Xml;
using System.Xml.Linq;

namespace CityCrm.Channels.Twilio.Tests.Support;

/// <summary>
/// Checks a TwiML document the way Twilio reads it: root Response, only known verbs and nouns where they may stand,
/// only their documented attributes, sane values, and absolute http(s) URLs (Twilio signs the URL it calls, so a
/// relative or foreign action URL would fail the signature check on its way back). Covers messaging and voice.
/// </summary>
public static class TwimlAssert
{
    private static readonly string[] VoiceVerbs = ["Say", "Play", "Pause", "Gather", "Enqueue", "Leave", "Record", "Redirect", "Hangup", "Reject", "Dial"];

    private static readonly Dictionary<string, ElementRule> Rules = new()
    {
        ["Response"] = new([], [.. VoiceVerbs, "Message"]),
        ["Say"] = new(["voice", "language", "loop"], ["break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"], Text: TextKind.Any),
        ["Play"] = new(["loop", "digits"], [], Text: TextKind.OptionalUrl),
        ["Pause"] = new(["length"], []),
        ["Gather"] = new(["action", "method", "input", "timeout", "speechTimeout", "finishOnKey", "numDigits", "language", "hints",
            "profanityFilter", "speechModel", "enhanced", "partialResultCallback", "partialResultCallbackMethod", "actionOnEmptyResult",
            "bargeIn", "debug", "maxSpeechTime"], ["Say", "Play", "Pause"]),
        ["Enqueue"] = new(["action", "method", "waitUrl", "waitUrlMethod", "workflowSid", "maxQueueSize"], ["Task"], Text: TextKind.Any),
        ["Task"] = new(["priority", "timeout"], [], Text: TextKind.Any),
        ["Leave"] = new([], []),
        ["Record"] = new(["action", "method", "timeout", "finishOnKey", "maxLength", "playBeep", "trim", "recordingStatusCallback",
            "recordingStatusCallbackMethod", "recordingStatusCallbackEvent", "transcribe", "transcribeCallback", "storageUrl", "storageUrlMethod"], []),
        ["Redirect"] = new(["method"], [], Text: TextKind.Url),
        ["Hangup"] = new([], []),
        ["Reject"] = new(["reason"], []),
        ["Dial"] = new(["action", "method", "timeout", "hangupOnStar", "timeLimit", "callerId", "record", "trim", "recordingStatusCallback",
            "recordingStatusCallbackMethod", "recordingStatusCallbackEvent", "answerOnBridge", "ringTone", "recordingTrack", "sequential",
            "referUrl", "referMethod", "events"], ["Number", "Client", "Queue", "Conference", "Sip"], Text: TextKind.Any),
        ["Number"] = new(["sendDigits", "url", "method", "statusCallbackEvent", "statusCallback", "statusCallbackMethod", "byoc"], [], Text: TextKind.Any),
        ["Client"] = new(["url", "method", "statusCallbackEvent", "statusCallback", "statusCallbackMethod"], ["Identity", "Parameter"], Text: TextKind.Any),
        ["Identity"] = new([], [], Text: TextKind.Any),
        ["Parameter"] = new(["name", "value"], []),
        ["Queue"] = new(["url", "method", "reservationSid", "postWorkActivitySid"], [], Text: TextKind.Any),
        ["Conference"] = new(["muted", "beep", "startConferenceOnEnter", "endConferenceOnExit", "waitUrl", "waitMethod", "maxParticipants",
            "record", "region", "trim", "statusCallbackEvent", "statusCallback", "statusCallbackMethod", "recordingStatusCallback",
            "recordingStatusCallbackMethod", "recordingStatusCallbackEvent"], [], Text: TextKind.Any),
        ["Sip"] = new(["username", "password", "url", "method", "statusCallbackEvent", "statusCallback", "statusCallbackMethod"], [], Text: TextKind.Url),
        ["Message"] = new(["to", "from", "action", "method", "statusCallback"], ["Body", "Media", "Redirect"], Text: TextKind.Any),
        ["Body"] = new([], [], Text: TextKind.Any),
        ["Media"] = new([], [], Text: TextKind.Url),
    };

    private static readonly HashSet<string> UrlAttributes =
        ["action", "url", "waitUrl", "statusCallback", "recordingStatusCallback", "transcribeCallback", "partialResultCallback", "referUrl", "storageUrl"];

    private static readonly HashSet<string> NumberAttributes = ["loop", "length", "timeout", "numDigits", "maxLength", "timeLimit", "maxQueueSize", "maxSpeechTime"];

    /// <summary>
    /// Parses <paramref name="xml"/> and fails the test on anything Twilio would reject or misread. With
    /// <paramref name="publicBaseUrl"/>, every URL must also point at it (where Twilio's signed callbacks are checked).
    /// </summary>
    public static XDocument Valid(string xml, string? publicBaseUrl = null)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml);
        }
        catch (XmlException ex)
        {
            throw Fail($"TwiML is not well-formed XML: {ex.Message}\n{xml}");
        }
        var root = document.Root!;
        if (root.Name.LocalName != "Response" || root.Name.Namespace != XNamespace.None)
            throw Fail($"TwiML's root must be <Response>, not <{root.Name}>.");
        Check(root, publicBaseUrl);
        return document;
    }

    private static void Check(XElement element, string? publicBaseUrl)
    {
        var name = element.Name.LocalName;
        // SSML inside <Say> is checked by Twilio's speech engine, not here.
        if (!Rules.TryGetValue(name, out var rule))
            return;
        foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
        {
            var attr = attribute.Name.LocalName;
            if (!rule.Attributes.Contains(attr))
                throw Fail($"<{name}> has no attribute '{attr}'.");
            CheckValue(name, attr, attribute.Value, publicBaseUrl);
        }
        foreach (var child in element.Elements())
        {
            if (!rule.Children.Contains(child.Name.LocalName))
                throw Fail($"<{child.Name.LocalName}> may not stand inside <{name}>.");
            Check(child, publicBaseUrl);
        }
        var text = string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value)).Trim();
        switch (rule.Text)
        {
            case TextKind.None when text.Length > 0:
                throw Fail($"<{name}> takes no text, but holds '{text}'.");
            case TextKind.Url:
                CheckUrl(name, "(text)", text, publicBaseUrl);
                break;
            case TextKind.OptionalUrl when text.Length > 0:
                CheckUrl(name, "(text)", text, publicBaseUrl);
                break;
        }
    }

    private static void CheckValue(string element, string attribute, string value, string? publicBaseUrl)
    {
        if (UrlAttributes.Contains(attribute))
            CheckUrl(element, attribute, value, publicBaseUrl);
        else if (attribute.EndsWith("Method", StringComparison.Ordinal) || attribute == "method")
        {
            if (value is not ("GET" or "POST"))
                throw Fail($"<{element} {attribute}> must be GET or POST, not '{value}'.");
        }
        else if (NumberAttributes.Contains(attribute) && !(int.TryParse(value, out var n) && n >= 0) && !(attribute == "timeout" && value == "auto"))
            throw Fail($"<{element} {attribute}> must be a whole number, not '{value}'.");
        else if (attribute == "input" && value.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var inputs
                 && (inputs.Length == 0 || inputs.Any(i => i is not ("dtmf" or "speech"))))
            throw Fail($"<{element} input> takes dtmf, speech or both, not '{value}'.");
    }

    private static void CheckUrl(string element, string attribute, string value, string? publicBaseUrl)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            throw Fail($"<{element}> {attribute} must be an absolute http(s) URL, not '{value}'.");
        if (publicBaseUrl is not null && !value.StartsWith(publicBaseUrl.TrimEnd('/') + "/", StringComparison.Ordinal))
            throw Fail($"<{element}> {attribute} '{value}' is not under the public URL {publicBaseUrl}.");
    }

    private static Xunit.Sdk.XunitException Fail(string message) => new(message);

    private enum TextKind { None, Any, Url, OptionalUrl }

    private sealed record ElementRule(string[] Attributes, string[] Children, TextKind Text = TextKind.None);
}
