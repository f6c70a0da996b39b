using System.Text.RegularExpressions;

namespace CityCrm.CaseCore.Suggestions;

/// <summary>
/// Takes out of a resident's description what identifies a person before it is kept as history: email addresses,
/// phone numbers, and any other run of digits (house numbers, plates, account numbers). The ranker learns from the
/// words ("crater", "tire"); numbers teach it nothing about which service a report belongs to.
/// </summary>
public static partial class HistoryRedaction
{
    /// <summary>The description without email addresses and digit runs, with spaces collapsed.</summary>
    public static string Redact(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var text = Email().Replace(description, " ");
        text = Digits().Replace(text, " ");
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"[^\s@]+@[^\s@]+\.[^\s@]+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // A phone number's groups and separators go with its digits: "(312) 555-0100", "+1 312 555 0100".
    [GeneratedRegex(@"\+?\(?\d[\d\s().\-/]*\d|\d", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
