using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace CityCrm.Channels.Email.Outbound;

/// <summary>
/// The HTML part of a reply, made from its plain text: paragraphs, line breaks and links, nothing else. Every
/// character of the text (a resident's words quoted by an agent, a name) is HTML-encoded, so no value can add markup.
/// </summary>
public static partial class MailHtml
{
    public static string FromText(string text)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n");
        var paragraphs = BlankLines().Split(text.Replace("\r\n", "\n").Trim());
        foreach (var paragraph in paragraphs.Where(p => p.Trim().Length > 0))
        {
            html.Append("<p>");
            var lines = paragraph.Trim('\n').Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                    html.Append("<br>\n");
                AppendLine(html, lines[i]);
            }
            html.Append("</p>\n");
        }
        return html.Append("</body></html>\n").ToString();
    }

    private static void AppendLine(StringBuilder html, string line)
    {
        var at = 0;
        foreach (Match link in Links().Matches(line))
        {
            // Sentence punctuation right after a link is the sentence's, not the link's.
            var url = link.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', '\'', '"');
            html.Append(WebUtility.HtmlEncode(line[at..link.Index]));
            var encoded = WebUtility.HtmlEncode(url);
            html.Append("<a href=\"").Append(encoded).Append("\">").Append(encoded).Append("</a>");
            at = link.Index + url.Length;
        }
        html.Append(WebUtility.HtmlEncode(line[at..]));
    }

    [GeneratedRegex(@"\n[ \t]*\n+")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Links();
}
