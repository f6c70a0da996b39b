using System.Globalization;
using System.Text.Json;

namespace CityCrm.Knowledge.Import;

/// <summary>
/// The optional editorial fields of an import line (<c>owner</c>, <c>audience</c>, <c>related</c>,
/// <c>valid_from</c>, <c>valid_until</c>, <c>sms</c>, <c>voice</c>, <c>translation_of</c>), so that an
/// exported knowledge base imports back whole.
/// </summary>
internal static class ArticleJsonlExtras
{
    public static Article Apply(Article article, JsonElement root, ref string? problem)
    {
        var owner = ArticleJsonlReader.Optional(root, "owner", ref problem);
        var audience = ArticleJsonlReader.Optional(root, "audience", ref problem);
        var related = ArticleJsonlReader.List(root, "related", ref problem);
        var sms = ArticleJsonlReader.Optional(root, "sms", ref problem);
        var voice = ArticleJsonlReader.Optional(root, "voice", ref problem);
        var translationOf = ArticleJsonlReader.Optional(root, "translation_of", ref problem);
        var from = Day(root, "valid_from", ref problem);
        var until = Day(root, "valid_until", ref problem);
        if (problem is not null)
            return article;
        if (sms is { Length: > Article.MaxSmsLength })
            problem = $"field 'sms' is {sms.Length} characters; an SMS answer may have at most {Article.MaxSmsLength}";
        else if (from > until)
            problem = "field 'valid_until' is before 'valid_from'";
        return article with
        {
            Owner = Blank(owner),
            Audience = Blank(audience),
            Related = related,
            SmsAnswer = Blank(sms),
            VoiceAnswer = Blank(voice),
            TranslationOf = Blank(translationOf),
            ValidFrom = from,
            ValidUntil = until,
        };
    }

    private static DateOnly? Day(JsonElement root, string name, ref string? problem)
    {
        var text = ArticleJsonlReader.Optional(root, name, ref problem);
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        problem ??= $"field '{name}' must be a date like 2026-12-01";
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
