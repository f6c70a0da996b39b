namespace CityCrm.Channels.Twilio.Sms;

/// <summary>
/// Recognises the carriers' opt-out, opt-in and help keywords. Only a message that is the keyword alone counts
/// ("stop", " STOP! "), never a sentence containing it ("stop the noise on Elm Street").
/// YES is deliberately not an opt-in word: the bot asks residents "did that help?" and reads yes/no.
/// </summary>
public static class ComplianceKeywords
{
    private static readonly Dictionary<string, ComplianceKeyword> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["STOP"] = ComplianceKeyword.OptOut,
        ["STOPALL"] = ComplianceKeyword.OptOut,
        ["UNSUBSCRIBE"] = ComplianceKeyword.OptOut,
        ["CANCEL"] = ComplianceKeyword.OptOut,
        ["END"] = ComplianceKeyword.OptOut,
        ["QUIT"] = ComplianceKeyword.OptOut,
        ["START"] = ComplianceKeyword.OptIn,
        ["UNSTOP"] = ComplianceKeyword.OptIn,
        ["HELP"] = ComplianceKeyword.Help,
        ["INFO"] = ComplianceKeyword.Help,
    };

    private static readonly char[] TrailingPunctuation = ['.', '!', '?', ',', ';', ':', '…'];

    /// <summary>The keyword <paramref name="body"/> is, or <see cref="ComplianceKeyword.None"/>.</summary>
    public static ComplianceKeyword Classify(string? body) =>
        Keyword(body) is { } word ? Words[word] : ComplianceKeyword.None;

    /// <summary>The keyword itself in capitals ("STOP"), as recorded with a consent change; null for an ordinary message.</summary>
    public static string? Keyword(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return null;
        var word = body.Trim().TrimEnd(TrailingPunctuation).TrimEnd();
        return Words.ContainsKey(word) ? word.ToUpperInvariant() : null;
    }
}
