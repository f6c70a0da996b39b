using System.Net;
using System.Text;
using CityCrm.Knowledge;

namespace CityCrm.City311.Api;

/// <summary>
/// The resident-facing knowledge pages. Every piece of text is HTML-encoded here; only the article body
/// arrives as HTML, from the renderer, which escapes any raw HTML in the Markdown.
/// </summary>
internal static class KnowledgePages
{
    private const string OtherDepartment = "General information";

    private const string Style = """
        :root { color-scheme: light; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 1.05rem;
               line-height: 1.6; color: #1b1f24; background: #f6f7f9; }
        header { background: #0b4f7c; color: #fff; padding: 0.75rem 1rem; }
        header a { color: #fff; font-weight: 600; text-decoration: none; }
        main { max-width: 46rem; margin: 0 auto; padding: 1rem 1rem 3rem; background: #fff; min-height: 70vh; }
        a { color: #0a58a0; }
        a:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
        h1 { font-size: 1.7rem; line-height: 1.25; margin: 0.5rem 0 0.75rem; }
        h2 { font-size: 1.25rem; margin-top: 1.75rem; border-bottom: 1px solid #d9dde3; padding-bottom: 0.25rem; }
        .summary { background: #eef5fb; border-left: 4px solid #0b4f7c; padding: 0.75rem 1rem; margin: 1rem 0; }
        .department { color: #4a5360; font-size: 0.95rem; margin: 0; }
        ul.articles { list-style: none; padding: 0; }
        ul.articles li { margin: 0 0 1rem; }
        ul.articles p { margin: 0.15rem 0 0; color: #39424e; font-size: 0.95rem; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; display: block; overflow-x: auto; }
        th, td { border: 1px solid #d9dde3; padding: 0.4rem 0.6rem; text-align: left; }
        th { background: #eef1f4; }
        .back { display: inline-block; margin-top: 2rem; }
        .translation { margin-top: 1.5rem; font-weight: 600; }
        .editors { font-size: 0.9rem; text-align: right; }
        footer { max-width: 46rem; margin: 0 auto; padding: 1rem; color: #4a5360; font-size: 0.9rem; }
        """;

    public static string Index(IEnumerable<Article> articles)
    {
        var html = new StringBuilder();
        html.Append("<h1>Riverton 311 help articles</h1>")
            .Append("<p>Answers to the questions residents ask most. Can't find what you need? Call 311 or (555) 311-0311.</p>")
            .Append("<p class=\"editors\"><a href=\"/kb/editor/\">Editors: sign in</a></p>");
        var groups = articles
            .GroupBy(a => a.Department ?? OtherDepartment)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups)
        {
            html.Append("<section><h2>").Append(E(group.Key)).Append("</h2><ul class=\"articles\">");
            foreach (var article in group.OrderBy(a => a.Title, StringComparer.OrdinalIgnoreCase))
            {
                html.Append("<li><a href=\"").Append(E(Url(article.Id))).Append("\">").Append(E(article.Title)).Append("</a>")
                    .Append("<p>").Append(E(article.Summary)).Append("</p></li>");
            }
            html.Append("</ul></section>");
        }
        return Layout("Help articles", html.ToString());
    }

    public static string Article(Article article, string bodyHtml, IReadOnlyList<Article> related, Article? translation)
    {
        var html = new StringBuilder();
        if (article.Department is { } department)
            html.Append("<p class=\"department\">").Append(E(department)).Append("</p>");
        html.Append("<h1>").Append(E(article.Title)).Append("</h1>")
            .Append("<p class=\"summary\">").Append(E(article.Summary)).Append("</p>")
            .Append("<article>").Append(bodyHtml).Append("</article>");
        if (related.Count > 0)
        {
            html.Append("<section class=\"related\"><h2>").Append(article.Language == "es" ? "Artículos relacionados" : "Related articles")
                .Append("</h2><ul class=\"articles\">");
            foreach (var item in related)
                html.Append("<li><a href=\"").Append(E(Url(item.Id))).Append("\">").Append(E(item.Title)).Append("</a></li>");
            html.Append("</ul></section>");
        }
        if (translation is not null)
        {
            var label = translation.Language == "es" ? "Lea este artículo en español" : "Read this article in English";
            html.Append("<p class=\"translation\"><a href=\"").Append(E(Url(translation.Id))).Append("\" hreflang=\"")
                .Append(E(translation.Language)).Append("\" lang=\"").Append(E(translation.Language)).Append("\">")
                .Append(E(label)).Append("</a></p>");
        }
        html.Append("<a class=\"back\" href=\"/kb\">&larr; All help articles</a>");
        return Layout(article.Title, html.ToString(), article.Language);
    }

    public static string NotFound(string id) => Layout("Article not found",
        "<h1>Article not found</h1><p>There is no help article called &ldquo;" + E(id) + "&rdquo;. It may have moved.</p>"
        + "<p><a href=\"/kb\">See all help articles</a>, or call 311 for help.</p>");

    public static string Url(string id) => "/kb/" + Uri.EscapeDataString(id);

    private static string Layout(string title, string content, string language = "en") =>
        $"""
        <!DOCTYPE html>
        <html lang="{E(language)}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{E(title)} | City of Riverton 311</title>
        <style>{Style}</style>
        </head>
        <body>
        <header><a href="/kb">City of Riverton 311</a></header>
        <main>{content}</main>
        <footer>For emergencies call 911. City of Riverton 311: call 311 or (555) 311-0311.</footer>
        </body>
        </html>
        """;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
