namespace CityCrm.Conversations.Surveys;

/// <summary>Settings of the satisfaction and structured surveys (<c>Surveys</c> in appsettings.json).</summary>
public sealed class SurveyOptions
{
    public const string Section = "Surveys";

    /// <summary>Ask for satisfaction when a conversation is resolved (by an agent, or the bot ending it).</summary>
    public bool AfterConversations { get; set; } = true;

    /// <summary>Ask for satisfaction when a case reported in a conversation is closed.</summary>
    public bool AfterCases { get; set; } = true;

    /// <summary>How long after the resolution or closure the question goes out; a resident who writes again meanwhile is not asked.</summary>
    public int DelaySeconds { get; set; } = 60;

    /// <summary>How often due surveys and newly closed cases are looked for.</summary>
    public int PollSeconds { get; set; } = 5;

    /// <summary>Cases closed longer ago than this when first seen are not surveyed (a survey weeks late helps no one).</summary>
    public int CaseLookBackHours { get; set; } = 48;

    /// <summary>An answer later than this after the question is no longer taken as one.</summary>
    public int AnswerWindowHours { get; set; } = 72;

    /// <summary>The city's time zone, for quiet hours.</summary>
    public string TimeZone { get; set; } = "America/New_York";

    /// <summary>From this local time ("HH:mm") nothing that buzzes a phone goes out...</summary>
    public string QuietFrom { get; set; } = "21:00";

    /// <summary>...until this local time; surveys due meanwhile are held until then.</summary>
    public string QuietUntil { get; set; } = "08:00";

    /// <summary>The channels that notify a phone, where quiet hours apply (web chat and email wake no one).</summary>
    public List<string> QuietChannels { get; set; } = ["sms", "whatsapp", "messenger", "telegram"];
}
