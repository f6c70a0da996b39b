namespace CityCrm.City311.Api.Dtos;

/// <summary>One row of the editors' article list.</summary>
/// <param name="Status">draft, in-review, published or archived.</param>
/// <param name="TranslationOutOfDate">A translation whose source was published again since it was last brought up to date.</param>
public sealed record EditorArticleSummaryDto(
    string Id,
    string Title,
    string Language,
    string Status,
    int HeadVersion,
    int? PublishedVersion,
    string? Owner,
    string? Department,
    string? TranslationOf,
    bool TranslationOutOfDate,
    string HeadAuthorName,
    DateTimeOffset UpdatedAt);
