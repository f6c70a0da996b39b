using System.Text.Json;
using System.Text.Json.Serialization;
using CityCrm.Conversations.Bot.Intake;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// What the bot is waiting for in a conversation (kept as JSON on the conversation): the next answer of a report
/// being taken (<see cref="Intake"/>), the description of a problem the resident wants to report, a reference, or the
/// code that proves a phone number or email is theirs.
/// </summary>
public sealed record BotState(
    string Awaiting, string? ServiceCode = null, string? Description = null, LinkChallenge? Link = null, IntakeState? Intake = null)
{
    public const string Location = "location";
    /// <summary>Which of the known places close to a typed one the resident meant (<see cref="IntakeState.PlaceChoices"/>).</summary>
    public const string PlaceChoice = "place-choice";
    public const string Report = "report";
    public const string Reference = "reference";
    public const string LinkCode = "link-code";
    /// <summary>Which of the suggested services the report is about.</summary>
    public const string Service = "service";
    /// <summary>The answer to one of the service definition's questions (<see cref="IntakeState.Asking"/>).</summary>
    public const string Attribute = "attribute";
    /// <summary>Follow an earlier report of the same problem, or file a new one.</summary>
    public const string Duplicate = "duplicate";
    /// <summary>How the resident wants to hear about the request.</summary>
    public const string Updates = "updates";
    /// <summary>The phone number or email address for updates by text message or email.</summary>
    public const string UpdatesAddress = "updates-address";
    /// <summary>The resident turned to something else mid-report; the report waits to be resumed.</summary>
    public const string Paused = "paused";
    /// <summary>Continue the paused report or start a new one.</summary>
    public const string Resume = "resume";

    private static readonly JsonSerializerOptions Compact = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string ToJson() => JsonSerializer.Serialize(this, Compact);

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
