using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CityCrm.Knowledge.Import;

/// <summary>
/// Writes articles as JSON Lines in the import format of <see cref="ArticleJsonlReader"/>: the required
/// <c>id</c>, <c>title</c>, <c>body</c>, then every other field that has a value.
/// </summary>
public static class ArticleJsonlWriter
{
    // Readable accents and quotes in the file; JSON escaping still keeps each article on one line.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One line (without its line break) for <paramref name="article"/>.</summary>
    public static string Line(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("id", article.Id);
            json.WriteString("title", article.Title);
            json.WriteString("summary", article.Summary);
            json.WriteString("body", article.Body);
            Array(json, "phrasings", article.Questions);
            Array(json, "tags", article.Tags);
            json.WriteString("language", article.Language);
            Optional(json, "department", article.Department);
            Optional(json, "owner", article.Owner);
            Optional(json, "audience", article.Audience);
            Array(json, "related", article.Related);
            Optional(json, "valid_from", article.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Optional(json, "valid_until", article.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Optional(json, "sms", article.SmsAnswer);
            Optional(json, "voice", article.VoiceAnswer);
            Optional(json, "translation_of", article.TranslationOf);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes every article, one per line.</summary>
    public static async Task WriteAllAsync(TextWriter writer, IEnumerable<Article> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(articles);
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(Line(article));
        }
    }

    private static void Array(Utf8JsonWriter json, string name, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
            return;
        json.WriteStartArray(name);
        foreach (var item in items)
            json.WriteStringValue(item);
        json.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            json.WriteString(name, value);
    }
}
