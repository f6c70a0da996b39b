namespace CityCrm.City311.Api.Dtos;

/// <summary>An article as served by <c>GET /api/knowledge/articles/{id}</c>; the body is Markdown.</summary>
/// <param name="Related">Ids of the related articles that answer residents now.</param>
/// <param name="TranslationOf">For a translation, the id of the article it translates.</param>
public sealed record KnowledgeArticleDto(
    string Id,
    string Title,
    string Summary,
    string Body,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Tags,
    string? Department,
    string Language,
    string Url,
    IReadOnlyList<string> Related,
    string? TranslationOf);
