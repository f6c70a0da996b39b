using System.Text.RegularExpressions;

namespace CityCrm.Channels.Twilio.Voice;

/// <summary>
/// What a caller's key presses mean: 0 a person, 1 "text me", 2 the other language, six digits a request number.
/// Pure, so the keypad menu is tested without a call.
/// </summary>
/// <param name="Text">The words the keys stand for, given to the bot as if said; null when no key was pressed.</param>
/// <param name="SwitchLanguage">The language to switch the call to, for the language key.</param>
/// <param name="Unknown">Keys the line does not use.</param>
public sealed partial record VoiceInput(string? Text, string? SwitchLanguage, bool Unknown)
{
    /// <summary>Reads Twilio's Digits parameter.</summary>
    public static VoiceInput FromDigits(string? digits, string language = "en")
    {
        var keys = digits?.Trim().TrimEnd('#');
        if (string.IsNullOrEmpty(keys))
            return new VoiceInput(null, null, false);
        return keys switch
        {
            "0" => new VoiceInput("operator", null, false),
            "1" => new VoiceInput("text me", null, false),
            "2" => new VoiceInput(null, OtherLanguageOf(language), false),
            _ when Reference().IsMatch(keys) => new VoiceInput($"status of R-{keys}", null, false),
            _ => new VoiceInput(null, null, true),
        };
    }

    /// <summary>The language the "2" key switches to from <paramref name="language"/>.</summary>
    public static string OtherLanguageOf(string language) => language == "es" ? "en" : "es";

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex Reference();
}
