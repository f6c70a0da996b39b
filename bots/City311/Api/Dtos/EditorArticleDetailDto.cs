namespace CityCrm.City311.Api.Dtos;

/// <summary>An article in the editor: its workflow state and the content of its head version.</summary>
/// <param name="Status">draft, in-review, published or archived.</param>
/// <param name="Url">The resident page, which shows the published version.</param>
public sealed record EditorArticleDetailDto(
    string Id,
    string Status,
    int HeadVersion,
    int? PublishedVersion,
    string HeadAuthorName,
    DateTimeOffset UpdatedAt,
    bool TranslationOutOfDate,
    EditorArticleContentDto Article,
    string Url);
