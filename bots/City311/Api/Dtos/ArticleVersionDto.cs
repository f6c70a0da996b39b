namespace CityCrm.City311.Api.Dtos;

/// <summary>One saved version; the list of versions leaves <paramref name="Article"/> out.</summary>
public sealed record ArticleVersionDto(
    int Number,
    string Author,
    string AuthorName,
    DateTimeOffset At,
    string? Comment,
    bool Published,
    EditorArticleContentDto? Article);
