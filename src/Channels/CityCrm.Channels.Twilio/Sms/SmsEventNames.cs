namespace CityCrm.Channels.Twilio.Sms;

/// <summary>
/// Names of the event activities a compliance keyword is stored as: in the transcript for agents, never a bot turn.
/// </summary>
public static class SmsEventNames
{
    public const string OptOut = "sms.optout";
    public const string OptIn = "sms.optin";
    public const string Help = "sms.help";

    /// <summary>The event name for <paramref name="keyword"/>, or null for an ordinary message.</summary>
    public static string? For(ComplianceKeyword keyword) => keyword switch
    {
        ComplianceKeyword.OptOut => OptOut,
        ComplianceKeyword.OptIn => OptIn,
        ComplianceKeyword.Help => Help,
        _ => null,
    };
}
