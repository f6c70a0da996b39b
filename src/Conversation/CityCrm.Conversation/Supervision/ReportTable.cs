namespace CityCrm.Conversations.Supervision;

/// <summary>
/// One chart's data: named columns and rows of values (text or numbers). The page draws it and the CSV export
/// writes it, so both always agree.
/// </summary>
/// <param name="Chart">The chart's name, as in the URL.</param>
/// <param name="Columns">The column names.</param>
/// <param name="Rows">The rows; each has one value per column, null for none.</param>
public sealed record ReportTable(string Chart, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
