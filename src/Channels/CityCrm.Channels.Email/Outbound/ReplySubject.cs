using System.Text.RegularExpressions;

namespace CityCrm.Channels.Email.Outbound;

/// <summary>
/// The subject of a reply: "Re: " once before the resident's subject (whatever reply prefixes it already carries), and
/// the case reference as "[#R-100001]" at the end, once, so that a reply to it finds the case even without headers.
/// </summary>
public static partial class ReplySubject
{
    /// <summary>The reply's subject; <paramref name="fallback"/> stands in for a missing or empty original subject.</summary>
    public static string For(string? original, string? caseReference, string fallback)
    {
        var subject = Tag().Replace(original ?? "", " ");
        subject = Prefixes().Replace(subject, "");
        subject = Spaces().Replace(subject, " ").Trim();
        subject = subject.Length == 0 ? fallback : "Re: " + subject;
        return string.IsNullOrWhiteSpace(caseReference) ? subject : $"{subject} [#{caseReference.Trim()}]";
    }

    // "Re:", "RE :", "Re[2]:", "AW:", "SV:", "Antw:", repeated, at the start.
    [GeneratedRegex(@"^\s*((re|aw|sv|antw)\s*(\[\d+\])?\s*:\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefixes();

    [GeneratedRegex(@"\[#\s*R-?\s*\d+\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
