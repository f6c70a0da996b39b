using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CityCrm.Knowledge.Content;

/// <summary>
/// Turns an article's Markdown into HTML for the resident pages. Raw HTML in the Markdown is escaped,
/// never passed through, and links may only use safe schemes, so an article cannot inject script.
/// </summary>
public sealed class ArticleRenderer
{
    private static readonly string[] SafePrefixes = ["/", "#", "http://", "https://", "mailto:", "tel:"];

    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    /// <summary>Renders <paramref name="markdown"/> to an HTML fragment.</summary>
    public string ToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && !IsSafe(url))
                link.Url = "#";
        }
        return Markdown.ToHtml(document, pipeline);
    }

    private static bool IsSafe(string url)
    {
        var trimmed = url.Trim();
        // "//host" is protocol-relative: it would leave the site, so only single-slash paths count as local.
        if (trimmed.StartsWith("//", StringComparison.Ordinal))
            return false;
        return SafePrefixes.Any(p => trimmed.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }
}
