namespace CityCrm.City311.Api.Dtos;

/// <summary>A new article (<c>POST /api/knowledge/editor/articles</c>).</summary>
public sealed record CreateArticleRequest(EditorArticleContentDto? Article, string? Comment);
