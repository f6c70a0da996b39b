using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CityCrm.Channels.Meta.Tests.Support;

/// <summary>
/// What the Graph API checks in a send request before accepting it, with the error code it answers (100: invalid
/// parameter, 132018: a template parameter with newlines or runs of spaces). Null when the request is acceptable.
/// </summary>
public static partial class GraphSendRules
{
    public static (int Code, string Message)? WhatsApp(JsonNode? body)
    {
        if ((string?)body?["messaging_product"] != "whatsapp")
            return (100, "The parameter messaging_product is required.");
        if (!WaId().IsMatch((string?)body["to"] ?? ""))
            return (100, "Invalid parameter: to");
        return (string?)body["type"] switch
        {
            "text" => ((string?)body["text"]?["body"])?.Length is > 0 and <= 4096 ? null : (100, "Param text['body'] must be 1 to 4096 characters."),
            "interactive" => Interactive(body["interactive"]),
            "template" => Template(body["template"]),
            var other => (100, $"Unsupported message type {other}"),
        };
    }

    public static (int Code, string Message)? Messenger(JsonNode? body)
    {
        if (string.IsNullOrEmpty((string?)body?["recipient"]?["id"]))
            return (100, "The parameter recipient is required");
        if (body!["sender_action"] is { } action)
        {
            if ((string?)action is not ("typing_on" or "typing_off" or "mark_seen"))
                return (100, "Param sender_action must be one of {MARK_SEEN, TYPING_ON, TYPING_OFF}");
            return body["message"] is null ? null : (100, "sender_action cannot be sent with message");
        }
        var type = (string?)body!["messaging_type"];
        if (type is not ("RESPONSE" or "UPDATE" or "MESSAGE_TAG"))
            return (100, "Invalid messaging_type");
        if (type == "MESSAGE_TAG" && string.IsNullOrEmpty((string?)body["tag"]))
            return (100, "A tag is required for messaging_type MESSAGE_TAG");
        var text = (string?)body["message"]?["text"];
        if (text is not { Length: > 0 and <= 2000 })
            return (100, "param message[text] must be a UTF-8 string of at most 2000 characters");
        if (body["message"]?["quick_replies"] is JsonArray replies
            && (replies.Count > 13 || replies.Any(r => (string?)r?["content_type"] != "text" || ((string?)r?["title"])?.Length is not (> 0 and <= 20))))
            return (100, "param message[quick_replies] is invalid");
        return null;
    }

    private static (int, string)? Interactive(JsonNode? interactive)
    {
        if ((string?)interactive?["type"] != "button")
            return (100, "Unsupported interactive type");
        if (((string?)interactive["body"]?["text"])?.Length is not (> 0 and <= 1024))
            return (100, "Param interactive['body']['text'] must be at most 1024 characters.");
        if (interactive["action"]?["buttons"] is not JsonArray buttons || buttons.Count is < 1 or > 3)
            return (100, "Param interactive['action']['buttons'] must have 1 to 3 buttons.");
        var titles = buttons.Select(b => (string?)b?["reply"]?["title"]).ToList();
        if (buttons.Any(b => (string?)b?["type"] != "reply") || titles.Any(t => t is not { Length: > 0 and <= 20 }) || titles.Distinct().Count() != titles.Count)
            return (100, "Button titles must be unique and 1 to 20 characters.");
        return null;
    }

    private static (int, string)? Template(JsonNode? template)
    {
        if (string.IsNullOrEmpty((string?)template?["name"]) || string.IsNullOrEmpty((string?)template["language"]?["code"]))
            return (100, "Template name and language code are required.");
        var parameters = template["components"]?.AsArray().SelectMany(c => c?["parameters"]?.AsArray() ?? []) ?? [];
        foreach (var parameter in parameters)
        {
            var text = (string?)parameter?["text"];
            if ((string?)parameter?["type"] != "text" || string.IsNullOrEmpty(text))
                return (100, "Template parameters must be non-empty text.");
            if (text.Contains('\n') || text.Contains('\t') || text.Contains("    "))
                return (132018, "There was an issue with the parameters in your template.");
        }
        return null;
    }

    [GeneratedRegex(@"^[1-9][0-9]{6,14}\z")]
    private static partial Regex WaId();
}
