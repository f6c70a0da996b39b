namespace CityCrm.City311.Api.Dtos;

/// <summary>An article the search found for a recorded question.</summary>
public sealed record AnswerHitDto(string ArticleId, int Version, double Score);
