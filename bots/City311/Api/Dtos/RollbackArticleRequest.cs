namespace CityCrm.City311.Api.Dtos;

/// <summary>Saves the content of <paramref name="Version"/> as a new version, based on <paramref name="BaseVersion"/>.</summary>
public sealed record RollbackArticleRequest(int Version, int BaseVersion);
