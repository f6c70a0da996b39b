using CityCrm.Knowledge;

namespace CityCrm.City311.Api.Dtos;

/// <summary>Every field of an article as the editor reads and writes it; the body is Markdown.</summary>
public sealed record EditorArticleContentDto(
    string? Id,
    string? Title,
    string? Summary,
    string? Body,
    IReadOnlyList<string>? Questions,
    IReadOnlyList<string>? Tags,
    string? Department,
    string? Owner,
    string? Audience,
    IReadOnlyList<string>? Related,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    string? SmsAnswer,
    string? VoiceAnswer,
    string? Language,
    string? TranslationOf,
    int? SourceVersion)
{
    public static EditorArticleContentDto From(Article a) => new(
        a.Id, a.Title, a.Summary, a.Body, a.Questions, a.Tags, a.Department, a.Owner, a.Audience, a.Related,
        a.ValidFrom, a.ValidUntil, a.SmsAnswer, a.VoiceAnswer, a.Language, a.TranslationOf, a.SourceVersion);

    /// <summary>
    /// The article to save: text is trimmed, empty optional fields become null and empty list items are dropped,
    /// so the validator judges what the editor meant rather than stray whitespace.
    /// </summary>
    public Article ToArticle(string id) => new(
        id, Trim(Title) ?? "", Trim(Summary) ?? "", Body?.Trim() ?? "", Items(Questions), Items(Tags), Trim(Department), Trim(Language) ?? "en")
    {
        Owner = Trim(Owner),
        Audience = Trim(Audience),
        Related = Items(Related),
        ValidFrom = ValidFrom,
        ValidUntil = ValidUntil,
        SmsAnswer = Trim(SmsAnswer),
        VoiceAnswer = Trim(VoiceAnswer),
        TranslationOf = Trim(TranslationOf),
        SourceVersion = SourceVersion,
    };

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string[] Items(IReadOnlyList<string>? items) =>
        items is null ? [] : [.. items.Select(Trim).OfType<string>().Distinct(StringComparer.Ordinal)];
}
