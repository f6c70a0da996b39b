namespace CityCrm.City311.Api.Dtos;

/// <summary>One field's line diff; each line's kind is unchanged, removed or added.</summary>
public sealed record FieldDiffDto(string Field, bool Changed, IReadOnlyList<DiffLineDto> Lines);
