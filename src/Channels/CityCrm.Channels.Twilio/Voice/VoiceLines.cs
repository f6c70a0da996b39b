using CityCrm.Knowledge.Languages;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Twilio.Voice;

/// <summary>The phone line's words and voice in each language it speaks; English when a language is not set up.</summary>
public sealed class VoiceLines(IOptions<VoiceOptions> options, IOptionsMonitor<VoiceMessages> messages)
{
    /// <summary>The configuration section of a language's texts.</summary>
    public static string Section(string language) =>
        language == KnowledgeLanguages.English ? "VoiceMessages" : $"VoiceMessages:{language}";

    /// <summary>Our code for <paramref name="language"/> (a BCP 47 tag) when the line speaks it, else English.</summary>
    public string Code(string? language)
    {
        // Every language's texts are bound over English ones (see AddTwilioVoice), so only the speech setting can be missing.
        var code = KnowledgeLanguages.Normalize(language) ?? KnowledgeLanguages.English;
        return options.Value.SpeechLanguages.ContainsKey(code) ? code : KnowledgeLanguages.English;
    }

    public VoiceSpeech Speech(string language)
    {
        var code = Code(language);
        var o = options.Value;
        return new VoiceSpeech(code, o.SpeechLanguages.GetValueOrDefault(code, "en-US"), o.Voices.GetValueOrDefault(code, ""));
    }

    public VoiceMessages Say(string language) => messages.Get(Code(language));
}
