using System.Text.RegularExpressions;

namespace CityCrm.Knowledge.Import;

/// <summary>Derives an article's summary from its body when the import gives none.</summary>
public static partial class ArticleSummary
{
    /// <summary>Past this length the first paragraph is cut to its first sentence.</summary>
    public const int MaxLength = 300;

    /// <summary>
    /// The body's first paragraph of prose (headings, list markers and emphasis left out); when that
    /// paragraph is long, only its first sentence, so that a search hit shows a short answer.
    /// </summary>
    public static string FromBody(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var paragraph = Paragraphs().Split(body.Replace("\r\n", "\n"))
            .Select(p => p.Trim())
            .FirstOrDefault(p => p.Length > 0 && !p.StartsWith('#')) ?? body.Trim();
        var plain = Whitespace().Replace(Emphasis().Replace(ListMarkers().Replace(paragraph, " "), ""), " ").Trim();
        if (plain.Length <= MaxLength)
            return plain;
        var end = SentenceEnd().Match(plain);
        if (end.Success && end.Index + 1 <= MaxLength)
            return plain[..(end.Index + 1)];
        return plain[..MaxLength].TrimEnd() + "…";
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex Paragraphs();

    [GeneratedRegex(@"(^|\n)\s*([-*+]|\d+\.)\s+")]
    private static partial Regex ListMarkers();

    [GeneratedRegex(@"\*\*|__|`")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[.!?](?=\s)")]
    private static partial Regex SentenceEnd();
}
