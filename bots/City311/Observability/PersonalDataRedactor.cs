using System.Text.RegularExpressions;

namespace CityCrm.City311.Observability;

/// <summary>
/// Masks what identifies a resident in text bound for the logs: email addresses and phone numbers (seven or more
/// digits, with or without +, spaces, dots, dashes or brackets). Ids (conversation, case, message) are kept: they
/// point at the data without being it.
/// </summary>
public static partial class PersonalDataRedactor
{
    /// <summary>The text with every email address replaced by <c>[email]</c> and every phone number by <c>[phone]</c>.</summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
            return text;
        var masked = Email().Replace(text, "[email]");
        return Phone().Replace(masked, m => m.Value.Count(char.IsAsciiDigit) >= 7 ? "[phone]" : m.Value);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // Not inside a longer token: a Twilio SID or a GUID keeps its digits.
    [GeneratedRegex(@"(?<![A-Za-z0-9])\+?\(?\d[\d\s().\-]{5,}\d(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();
}
