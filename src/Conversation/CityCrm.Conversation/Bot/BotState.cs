using System.Text.Json;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// What the bot is waiting for in a conversation (kept as JSON on the conversation):
/// a report's location, or the description of a problem the resident wants to report.
/// </summary>
public sealed record BotState(string Awaiting, string? ServiceCode = null, string? Description = null)
{
    public const string Location = "location";
    public const string Report = "report";
    public const string Reference = "reference";

    public string ToJson() => JsonSerializer.Serialize(this);

    public static BotState? FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
            return null;
        try
        {
            return JsonSerializer.Deserialize<BotState>(json);
        }
        catch (JsonException)
        {
            // A state written by an older version is dropped rather than trusted.
            return null;
        }
    }
}
