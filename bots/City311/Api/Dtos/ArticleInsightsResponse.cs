namespace CityCrm.City311.Api.Dtos;

/// <summary>The answer to <c>GET /api/knowledge/insights/articles</c>: most used articles first.</summary>
public sealed record ArticleInsightsResponse(int Days, IReadOnlyList<ArticleInsightDto> Articles);
