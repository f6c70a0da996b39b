using System.Text.Json;
using System.Text.Json.Nodes;

namespace CityCrm.Channels.Telegram.Tests.Support;

/// <summary>The captured updates in Payloads/*.json, as Telegram posts them, with a field changed where a test needs.</summary>
public static class Updates
{
    public static string Raw(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name));

    public static JsonElement Load(string name) => JsonDocument.Parse(Raw(name)).RootElement.Clone();

    /// <summary>The update with its update_id and the resident's user and chat id replaced.</summary>
    public static string For(string name, long updateId, long chatId)
    {
        var update = JsonNode.Parse(Raw(name))!.AsObject();
        update["update_id"] = updateId;
        var message = (update["message"] ?? update["callback_query"]!["message"])!;
        message["chat"]!["id"] = chatId;
        (update["message"]?["from"] ?? update["callback_query"]!["from"])!["id"] = chatId;
        return update.ToJsonString();
    }
}
