namespace CityCrm.City311.Api.Dtos;

/// <summary>A ranked article and why it was found.</summary>
/// <param name="Score">Relevance from 0 to 1.</param>
/// <param name="MatchedId">The article the question matched; differs from <paramref name="Id"/> when a translation is shown instead.</param>
public sealed record KnowledgeTryHitDto(
    string Id, string Title, string Language, int Version, double Score, string Url, string MatchedId, IReadOnlyList<KnowledgeTryMatchDto> Matches);
