namespace CityCrm.City311.Api.Dtos;

/// <summary>A new version of an article; refused with 409 unless <paramref name="BaseVersion"/> is still the head.</summary>
public sealed record SaveArticleRequest(int BaseVersion, EditorArticleContentDto? Article, string? Comment);
