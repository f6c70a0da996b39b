namespace CityCrm.City311.Api.Dtos;

/// <summary>The answer to <c>GET /api/knowledge/search</c>.</summary>
/// <param name="Confidence">How sure the search is that the first hit answers the question (0..1).</param>
/// <param name="Decision">What to do with it: <c>Answer</c>, <c>Clarify</c> or <c>OfferHandoff</c>.</param>
public sealed record KnowledgeSearchResponse(string Question, double Confidence, string Decision, IReadOnlyList<KnowledgeHitDto> Hits);
