namespace CityCrm.City311.Api.Dtos;

/// <summary>Which version to publish; the head version when omitted.</summary>
public sealed record PublishArticleRequest(int? Version);
