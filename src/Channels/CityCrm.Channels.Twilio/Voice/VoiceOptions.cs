namespace CityCrm.Channels.Twilio.Voice;

/// <summary>How the phone line behaves (section "Twilio:Voice").</summary>
public sealed class VoiceOptions
{
    public const string SectionName = "Twilio:Voice";

    /// <summary>The Twilio queue callers wait in for an agent.</summary>
    public string QueueName { get; set; } = "311";

    /// <summary>How long a caller waits for an agent before being offered voicemail, in seconds.</summary>
    public int MaxQueueWaitSeconds { get; set; } = 180;

    /// <summary>How long a hold announcement is followed by silence before the next one, in seconds.</summary>
    public int HoldPauseSeconds { get; set; } = 20;

    /// <summary>
    /// How long the webhook carrying a caller's words waits for the bot's answer before saying "one moment" and asking
    /// Twilio to come back, in seconds (Twilio gives a webhook 15 seconds).
    /// </summary>
    public double AnswerWaitSeconds { get; set; } = 8;

    /// <summary>The longest voicemail, in seconds.</summary>
    public int VoicemailMaxSeconds { get; set; } = 120;

    /// <summary>Seconds of silence before a question is taken as unanswered.</summary>
    public int GatherTimeoutSeconds { get; set; } = 6;

    /// <summary>Unanswered questions in a row before the call is ended politely.</summary>
    public int MaxSilences { get; set; } = 2;

    /// <summary>Twilio's speech language per language we speak ("en" -> "en-US").</summary>
    public Dictionary<string, string> SpeechLanguages { get; set; } = new() { ["en"] = "en-US", ["es"] = "es-US" };

    /// <summary>The text-to-speech voice per language ("Polly.Joanna"); empty for Twilio's default.</summary>
    public Dictionary<string, string> Voices { get; set; } = new() { ["en"] = "Polly.Joanna", ["es"] = "Polly.Lupe" };
}
