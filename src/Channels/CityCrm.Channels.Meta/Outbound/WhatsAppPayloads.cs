using System.Text.Json.Nodes;
using CityCrm.Channels.Schema;

namespace CityCrm.Channels.Meta.Outbound;

/// <summary>
/// Pure construction of WhatsApp Cloud API send requests. The bot's answers become reply buttons when WhatsApp's
/// limits allow (at most 3, titles of at most 20 characters, a body of at most 1,024); otherwise a numbered list in
/// the text, so no title is ever cut and a tapped button always sends back exactly what the bot offered.
/// </summary>
public static class WhatsAppPayloads
{
    public const int MaxButtons = 3;
    public const int MaxButtonTitle = 20;
    public const int MaxInteractiveBody = 1024;

    /// <summary>A template body parameter may not hold newlines, tabs or runs of spaces, nor be very long.</summary>
    public const int MaxParameterLength = 1000;

    /// <summary>The free-form message for an outgoing activity: text, or interactive buttons.</summary>
    public static JsonObject ForActivity(string to, Activity activity)
    {
        var text = ReplyOptions.TextWithLinks(activity);
        var answers = ReplyOptions.Answers(activity);
        if (answers.Count is > 0 and <= MaxButtons && text.Length is > 0 and <= MaxInteractiveBody
            && answers.All(a => a.Length <= MaxButtonTitle) && answers.Distinct(StringComparer.Ordinal).Count() == answers.Count)
            return Buttons(to, text, answers);
        return Text(to, ReplyOptions.Numbered(text, answers));
    }

    public static JsonObject Text(string to, string body) => Envelope(to, "text", new JsonObject
    {
        ["preview_url"] = false,
        ["body"] = body,
    });

    public static JsonObject Buttons(string to, string body, IReadOnlyList<string> titles) => Envelope(to, "interactive", new JsonObject
    {
        ["type"] = "button",
        ["body"] = new JsonObject { ["text"] = body },
        ["action"] = new JsonObject
        {
            ["buttons"] = new JsonArray(titles.Select(t => (JsonNode)new JsonObject
            {
                ["type"] = "reply",
                ["reply"] = new JsonObject { ["id"] = t, ["title"] = t },
            }).ToArray()),
        },
    });

    /// <summary>An approved template with its body parameters in order (none: no components).</summary>
    public static JsonObject Template(string to, MetaTemplate template, IReadOnlyList<string> parameters)
    {
        var body = new JsonObject
        {
            ["name"] = template.Name,
            ["language"] = new JsonObject { ["code"] = template.Language },
        };
        if (parameters.Count > 0)
        {
            body["components"] = new JsonArray(new JsonObject
            {
                ["type"] = "body",
                ["parameters"] = new JsonArray(parameters.Select(p => (JsonNode)new JsonObject
                {
                    ["type"] = "text",
                    ["text"] = Parameter(p),
                }).ToArray()),
            });
        }
        return Envelope(to, "template", body);
    }

    /// <summary>A value made acceptable as a template parameter: one line, single spaces, not too long, never empty.</summary>
    public static string Parameter(string? value)
    {
        var flat = string.Join(' ', (value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length > MaxParameterLength)
            flat = flat[..(MaxParameterLength - 1)] + "…";
        return flat.Length == 0 ? "-" : flat;
    }

    private static JsonObject Envelope(string to, string type, JsonObject content) => new()
    {
        ["messaging_product"] = "whatsapp",
        ["recipient_type"] = "individual",
        ["to"] = to,
        ["type"] = type,
        [type] = content,
    };
}
