namespace CityCrm.City311.Api.Dtos;

/// <summary>A line of a field's diff.</summary>
/// <param name="Kind">unchanged, removed or added.</param>
public sealed record DiffLineDto(string Kind, string Text);
