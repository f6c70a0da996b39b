using System.Globalization;
using System.Text;

namespace CityCrm.Knowledge.Content;

/// <summary>
/// Writes an article as a Markdown file that <see cref="MarkdownArticleParser"/> reads back to the same
/// article: front matter of one-line values and block lists, then the body.
/// </summary>
public static class MarkdownArticleWriter
{
    /// <summary>The file text of <paramref name="article"/>.</summary>
    /// <exception cref="ArgumentException">A one-line field holds a line break, which front matter cannot carry.</exception>
    public static string Write(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = new StringBuilder();
        text.Append("---\n");
        Scalar(text, "id", article.Id);
        Scalar(text, "title", article.Title);
        Scalar(text, "summary", article.Summary);
        Scalar(text, "language", article.Language);
        Scalar(text, "department", article.Department);
        Scalar(text, "owner", article.Owner);
        Scalar(text, "audience", article.Audience);
        Scalar(text, "valid_from", Day(article.ValidFrom));
        Scalar(text, "valid_until", Day(article.ValidUntil));
        Scalar(text, "translation_of", article.TranslationOf);
        Scalar(text, "sms", article.SmsAnswer);
        Scalar(text, "voice", article.VoiceAnswer);
        List(text, "questions", article.Questions);
        List(text, "tags", article.Tags);
        List(text, "related", article.Related);
        text.Append("---\n");
        text.Append(article.Body.Trim()).Append('\n');
        return text.ToString();
    }

    private static void Scalar(StringBuilder text, string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
            return;
        text.Append(key).Append(": ").Append(Quote(key, value)).Append('\n');
    }

    // Block lists, never inline ones: an item may hold a comma or a bracket.
    private static void List(StringBuilder text, string key, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
            return;
        text.Append(key).Append(":\n");
        foreach (var item in items.Where(i => i.Trim().Length > 0))
            text.Append("  - ").Append(Quote(key, item)).Append('\n');
    }

    // The parser strips one pair of matching outer quotes and trims, so a value that starts or ends with
    // a quote or a space, or starts with '[' (an inline list) or '#', is wrapped in the quote it lacks.
    private static string Quote(string key, string value)
    {
        if (value.Contains('\n') || value.Contains('\r'))
            throw new ArgumentException($"'{key}' must be one line to be written as front matter", nameof(value));
        var needs = value != value.Trim() || value.Length == 0
            || value[0] is '"' or '\'' or '[' or '#' || value[^1] is '"' or '\'';
        if (!needs)
            return value;
        var quote = value.Contains('"') && !value.Contains('\'') ? '\'' : '"';
        if (value.Contains(quote))
            quote = value[0] == '"' || value[^1] == '"' ? '\'' : '"';
        return quote + value + quote;
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
