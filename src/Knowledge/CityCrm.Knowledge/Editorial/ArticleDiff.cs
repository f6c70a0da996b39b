using System.Globalization;

namespace CityCrm.Knowledge.Editorial;

/// <summary>The per-field line diff of two article versions; lists (phrasings, tags, related) compare one item per line.</summary>
public static class ArticleDiff
{
    /// <summary>Every editable field, in the editor's order, with its lines compared.</summary>
    public static IReadOnlyList<FieldDiff> Compare(Article before, Article after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var beforeFields = Fields(before);
        var afterFields = Fields(after);
        return [.. beforeFields.Select((field, i) => new FieldDiff(field.Name, LineDiff.Compare(field.Lines, afterFields[i].Lines)))];
    }

    private static List<(string Name, IReadOnlyList<string> Lines)> Fields(Article a) =>
    [
        ("title", Text(a.Title)),
        ("summary", Text(a.Summary)),
        ("body", Text(a.Body)),
        ("questions", a.Questions),
        ("tags", a.Tags),
        ("department", Text(a.Department)),
        ("owner", Text(a.Owner)),
        ("audience", Text(a.Audience)),
        ("related", a.Related),
        ("validFrom", Text(Day(a.ValidFrom))),
        ("validUntil", Text(Day(a.ValidUntil))),
        ("smsAnswer", Text(a.SmsAnswer)),
        ("voiceAnswer", Text(a.VoiceAnswer)),
        ("language", Text(a.Language)),
        ("translationOf", Text(a.TranslationOf)),
        ("sourceVersion", Text(a.SourceVersion?.ToString(CultureInfo.InvariantCulture))),
    ];

    private static IReadOnlyList<string> Text(string? value) => LineDiff.SplitLines(value);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
