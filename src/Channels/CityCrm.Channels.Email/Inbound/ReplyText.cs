using System.Text.RegularExpressions;

namespace CityCrm.Channels.Email.Inbound;

/// <summary>
/// What the resident actually wrote in an email: the quoted history of earlier messages ("On ... wrote:", "> " lines,
/// Outlook's "-----Original Message-----" and "From: ... Sent:" blocks) and the signature ("-- " and the common
/// "Sent from my phone" footers) are cut, so the bot and the agent read the new text only.
/// </summary>
public static partial class ReplyText
{
    // An attribution line may wrap: "On Mon, 2 Mar 2026 at 10:02, City of Riverton 311 <311@riverton.example>" + "wrote:".
    private const int AttributionLines = 3;
    private const int HeaderBlockLines = 6;

    /// <summary>The new text of <paramref name="text"/>; the whole text when nothing new is left (a bare forward).</summary>
    public static string Visible(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var kept = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (StartsHistory(lines, i) || IsSignatureStart(line) || MobileFooter().IsMatch(trimmed))
                break;
            if (trimmed.StartsWith('>'))
                continue;
            kept.Add(line.TrimEnd());
        }
        var visible = string.Join('\n', kept).Trim();
        return visible.Length > 0 ? CollapseBlankLines(visible) : text.Trim();
    }

    private static bool StartsHistory(string[] lines, int i)
    {
        var line = lines[i].Trim();
        if (OriginalMessage().IsMatch(line) || ForwardedMessage().IsMatch(line))
            return true;
        if (AttributionStart().IsMatch(line))
        {
            for (var j = i; j < Math.Min(lines.Length, i + AttributionLines); j++)
            {
                var part = lines[j].Trim();
                if (part.Length == 0)
                    break;
                if (AttributionEnd().IsMatch(part))
                    return true;
            }
        }
        // Outlook quotes the message it answers under a header block: From:, then Sent: or Date: within a few lines.
        if (HeaderFrom().IsMatch(line) || (Underline().IsMatch(line) && i + 1 < lines.Length && HeaderFrom().IsMatch(lines[i + 1].Trim())))
            return lines.Skip(i + 1).Take(HeaderBlockLines).Any(l => HeaderSent().IsMatch(l.Trim()));
        return false;
    }

    // "-- " is the standard separator; many clients trim its space away.
    private static bool IsSignatureStart(string line) => line is "-- " or "--" or "—";

    private static string CollapseBlankLines(string text) => BlankRun().Replace(text, "\n\n");

    [GeneratedRegex(@"^(on|el|le|am)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributionStart();

    [GeneratedRegex(@"(wrote|escribió|a écrit|schrieb)\s*:$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributionEnd();

    [GeneratedRegex(@"^-{2,}\s*(original message|mensaje original|message d'origine)\s*-{2,}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OriginalMessage();

    [GeneratedRegex(@"^-{2,}\s*(forwarded message|mensaje reenviado)\s*-{2,}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForwardedMessage();

    [GeneratedRegex(@"^\*?(from|de)\s*:\*?\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderFrom();

    [GeneratedRegex(@"^\*?(sent|date|enviado|fecha)\s*:\*?\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderSent();

    [GeneratedRegex(@"^_{10,}$")]
    private static partial Regex Underline();

    [GeneratedRegex(@"^(sent from my \w[\w ]{0,40}|sent from (mail|outlook|yahoo mail|gmail)\b.{0,40}|get outlook for \w.{0,30}|enviado desde mi \w[\w ]{0,40})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MobileFooter();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankRun();
}
