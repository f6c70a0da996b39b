namespace CityCrm.City311.Api.Dtos;

/// <summary>One article found for a question.</summary>
/// <param name="Score">Relevance from 0 to 1.</param>
/// <param name="Url">The resident page of the article.</param>
public sealed record KnowledgeHitDto(string Id, string Title, string Summary, double Score, string Url);
