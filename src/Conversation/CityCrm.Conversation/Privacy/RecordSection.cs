namespace CityCrm.Conversations.Privacy;

/// <summary>
/// One part of an export (a table's rows about the subject): column name to value, JSON columns as parsed JSON.
/// Exports are built from every table that holds the subject, so a new column shows without changing the export.
/// </summary>
public sealed record RecordSection(string Name, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows);
