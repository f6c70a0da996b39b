namespace CityCrm.Channels.Twilio.Voice;

/// <summary>How the line speaks and listens in one language.</summary>
/// <param name="Code">Our language code ("en", "es"), carried in the call's URLs.</param>
/// <param name="Language">Twilio's speech language ("en-US").</param>
/// <param name="Voice">The text-to-speech voice, or empty for Twilio's default.</param>
public sealed record VoiceSpeech(string Code, string Language, string Voice);
