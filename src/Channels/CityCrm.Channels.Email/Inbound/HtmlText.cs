using System.Text;
using HtmlAgilityPack;

namespace CityCrm.Channels.Email.Inbound;

/// <summary>
/// Reads an HTML-only email as plain text: scripts, styles and comments dropped, block elements as line breaks,
/// entities decoded, quoted blocks (<c>&lt;blockquote&gt;</c>) marked with "> " so they are stripped like plain-text quotes.
/// The result is text only; nothing of the markup survives to be rendered anywhere.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "head", "title", "noscript", "template", "iframe", "object", "embed", "svg", "math" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "pre", "hr",
        "section", "article", "header", "footer", "address", "dl", "dt", "dd", "form", "fieldset", "center", "body", "html",
    };

    // Elements that end a paragraph (a blank line) rather than a line.
    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
        { "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "pre", "blockquote", "hr", "dl" };

    /// <summary>The readable text of <paramref name="html"/>.</summary>
    public static string ToText(string html)
    {
        var document = new HtmlDocument { OptionMaxNestedChildNodes = 500 };
        document.LoadHtml(html);
        var writer = new Writer();
        Walk(document.DocumentNode, writer, quoteDepth: 0, preformatted: false);
        return writer.ToString();
    }

    private static void Walk(HtmlNode node, Writer writer, int quoteDepth, bool preformatted)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child.NodeType)
            {
                case HtmlNodeType.Comment:
                    continue;
                case HtmlNodeType.Text:
                    writer.Write(HtmlEntity.DeEntitize(((HtmlTextNode)child).Text) ?? "", quoteDepth, preformatted);
                    continue;
                case HtmlNodeType.Element when Dropped.Contains(child.Name):
                    continue;
            }
            var name = child.Name;
            var block = Blocks.Contains(name) || name.Equals("blockquote", StringComparison.OrdinalIgnoreCase);
            if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
                writer.LineBreak();
            else if (block)
                writer.Break(Paragraphs.Contains(name) ? 2 : 1);
            if (name.Equals("li", StringComparison.OrdinalIgnoreCase))
                writer.Write("- ", quoteDepth, preformatted);
            var depth = name.Equals("blockquote", StringComparison.OrdinalIgnoreCase) ? quoteDepth + 1 : quoteDepth;
            Walk(child, writer, depth, preformatted || name.Equals("pre", StringComparison.OrdinalIgnoreCase));
            if (name.Equals("a", StringComparison.OrdinalIgnoreCase) && LinkTarget(child) is { } href)
                writer.Write($" ({href})", quoteDepth, preformatted);
            else if (name.Equals("td", StringComparison.OrdinalIgnoreCase) || name.Equals("th", StringComparison.OrdinalIgnoreCase))
                writer.Write(" ", quoteDepth, preformatted);
            if (block && !name.Equals("br", StringComparison.OrdinalIgnoreCase))
                writer.Break(Paragraphs.Contains(name) ? 2 : 1);
        }
    }

    // A link's address is worth keeping when the text does not already show it (agents may need to follow it).
    private static string? LinkTarget(HtmlNode anchor)
    {
        var href = HtmlEntity.DeEntitize(anchor.GetAttributeValue("href", "")).Trim();
        if (!Uri.TryCreate(href, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return null;
        return anchor.InnerText.Contains(href, StringComparison.OrdinalIgnoreCase) ? null : href;
    }

    private sealed class Writer
    {
        private readonly StringBuilder text = new();
        private bool lineStart = true;
        private bool pendingSpace;
        private int pendingBreaks;

        public void Write(string value, int quoteDepth, bool preformatted)
        {
            foreach (var c in value)
            {
                if (c is '\r')
                    continue;
                if (c == '\n' && preformatted)
                {
                    LineBreak();
                    continue;
                }
                if (char.IsWhiteSpace(c) && !preformatted)
                {
                    pendingSpace = !lineStart;
                    continue;
                }
                if (pendingBreaks > 0)
                {
                    text.Append('\n', pendingBreaks);
                    pendingBreaks = 0;
                }
                if (lineStart)
                {
                    for (var i = 0; i < quoteDepth; i++)
                        text.Append("> ");
                    lineStart = false;
                }
                else if (pendingSpace)
                {
                    text.Append(' ');
                }
                pendingSpace = false;
                text.Append(c == '\u00a0' ? ' ' : c);
            }
        }

        /// <summary>A &lt;br&gt;: always a new line.</summary>
        public void LineBreak()
        {
            if (pendingBreaks > 0)
            {
                text.Append('\n', pendingBreaks);
                pendingBreaks = 0;
            }
            text.Append('\n');
            lineStart = true;
            pendingSpace = false;
        }

        /// <summary>A block's edge: the text goes on <paramref name="lines"/> lines further down, however many blocks meet here.</summary>
        public void Break(int lines)
        {
            if (text.Length == 0)
                return;
            var already = 0;
            for (var i = text.Length - 1; i >= 0 && text[i] == '\n' && already < lines; i--)
                already++;
            pendingBreaks = Math.Max(pendingBreaks, lines - already);
            lineStart = true;
            pendingSpace = false;
        }

        public override string ToString()
        {
            var lines = text.ToString().Split('\n').Select(l => l.TrimEnd());
            var result = new StringBuilder();
            var blanks = 0;
            foreach (var line in lines)
            {
                blanks = line.Length == 0 ? blanks + 1 : 0;
                if (blanks <= 1)
                    result.Append(line).Append('\n');
            }
            return result.ToString().Trim('\n');
        }
    }
}
