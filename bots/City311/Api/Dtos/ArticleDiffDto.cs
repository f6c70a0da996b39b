namespace CityCrm.City311.Api.Dtos;

/// <summary>What changed from one version to another, per field.</summary>
public sealed record ArticleDiffDto(int From, int To, IReadOnlyList<FieldDiffDto> Fields);
