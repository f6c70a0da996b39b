namespace CityCrm.City311.Api.Dtos;

/// <summary>An article that came up for a cluster's questions, and how often.</summary>
public sealed record OfferedArticleDto(string Id, string Title, int Count);
