namespace CityCrm.Channels.Twilio.Sms;

/// <summary>What a text means to the carriers' messaging rules, beyond what it says to the bot.</summary>
public enum ComplianceKeyword
{
    /// <summary>An ordinary message, for the bot.</summary>
    None,

    /// <summary>STOP and its synonyms: send nothing more to this number.</summary>
    OptOut,

    /// <summary>START or UNSTOP: the number may be texted again.</summary>
    OptIn,

    /// <summary>HELP or INFO: answer with who we are and how to stop.</summary>
    Help,
}
