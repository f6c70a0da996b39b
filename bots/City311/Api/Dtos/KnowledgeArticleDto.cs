namespace CityCrm.City311.Api.Dtos;

/// <summary>An article as served by <c>GET /api/knowledge/articles/{id}</c>; the body is Markdown.</summary>
public sealed record KnowledgeArticleDto(
    string Id,
    string Title,
    string Summary,
    string Body,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Tags,
    string? Department,
    string Language,
    string Url);
