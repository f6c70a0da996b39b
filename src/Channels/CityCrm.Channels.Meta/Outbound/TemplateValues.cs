using System.Text.Json;
using CityCrm.Channels.Schema;

namespace CityCrm.Channels.Meta.Outbound;

/// <summary>
/// Which template stands in for an outgoing message outside the window, and the values of its parameters: an
/// agent's or the bot's reply is a "reply"; a message about a request (it carries the request's entity) a "case-update".
/// </summary>
public static class TemplateValues
{
    /// <summary>The notification type of the outgoing message.</summary>
    public static string NotificationType(Activity activity) =>
        activity.From?.Role != "agent" && Case(activity) is not null ? MetaNotificationTypes.CaseUpdate : MetaNotificationTypes.Reply;

    /// <summary>The template's body parameters, in order, taken from the message.</summary>
    public static IReadOnlyList<string> For(MetaTemplate template, Activity activity)
    {
        var request = Case(activity);
        return template.Parameters.Select(name => name switch
        {
            "text" => activity.Text,
            "author" => activity.From?.Name,
            _ => request is { } r && r.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null,
        }).Select(WhatsAppPayloads.Parameter).ToList();
    }

    private static Dictionary<string, JsonElement>? Case(Activity activity) =>
        activity.Entities?.FirstOrDefault(e => e.Type == "case")?.Properties;
}
