namespace CityCrm.Channels.Twilio.Voice;

/// <summary>
/// What the phone line says around the bot's answers (section "VoiceMessages", and "VoiceMessages:es" for Spanish,
/// in bots/City311/messages). <c>{city}</c>, <c>{position}</c>, <c>{hours}</c> are filled in.
/// </summary>
public sealed class VoiceMessages
{
    /// <summary>The first words of a call, before the caller asks.</summary>
    public string Welcome { get; set; } = "";

    /// <summary>Said at the end of the welcome to offer the other language (a key to press).</summary>
    public string OtherLanguage { get; set; } = "";

    public string AnythingElse { get; set; } = "";
    public string StillThere { get; set; } = "";
    public string OneMoment { get; set; } = "";
    public string Goodbye { get; set; } = "";

    /// <summary>The hold announcement; <c>{position}</c> is the caller's place in line.</summary>
    public string Hold { get; set; } = "";

    /// <summary>The voicemail prompt when no agent answered in time.</summary>
    public string Busy { get; set; } = "";

    /// <summary>The voicemail prompt outside opening hours; <c>{hours}</c> says when agents answer.</summary>
    public string Closed { get; set; } = "";

    public string VoicemailThanks { get; set; } = "";

    /// <summary>What a key press the line does not use gets.</summary>
    public string UnknownKey { get; set; } = "";

    /// <summary>The names of texts left empty.</summary>
    public IEnumerable<string> Missing() =>
        typeof(VoiceMessages).GetProperties()
            .Where(p => p.PropertyType == typeof(string) && string.IsNullOrWhiteSpace((string?)p.GetValue(this)))
            .Select(p => p.Name);
}
