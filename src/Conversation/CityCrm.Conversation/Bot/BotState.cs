using System.Text.Json;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// What the bot is waiting for in a conversation (kept as JSON on the conversation): a report's location, the
/// description of a problem the resident wants to report, or the code that proves a phone number or email is theirs.
/// </summary>
public sealed record BotState(
    string Awaiting, string? ServiceCode = null, string? Description = null, LinkChallenge? Link = null)
{
    public const string Location = "location";
    public const string Report = "report";
    public const string Reference = "reference";
    public const string LinkCode = "link-code";

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
