namespace CityCrm.City311.Api.Dtos;

/// <summary>The answer to <c>GET /api/knowledge/insights/unanswered</c>: clusters over the last <paramref name="Days"/> days, largest first.</summary>
/// <param name="Questions">How many questions the clusters hold.</param>
public sealed record UnansweredQuestionsResponse(int Days, int Questions, IReadOnlyList<QuestionClusterDto> Clusters);
