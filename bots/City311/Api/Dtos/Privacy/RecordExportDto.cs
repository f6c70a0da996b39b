namespace CityCrm.City311.Api.Dtos.Privacy;

/// <summary>
/// An export (subject access or records request): what it is of, when and by whom it was made, and every stored row
/// about it, section by section (a section per table, each row column by column).
/// </summary>
public sealed record RecordExportDto(
    string Kind, string Id, DateTimeOffset ExportedAt, string ExportedBy,
    IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>> Sections);
