using System.Globalization;
using System.Text;

namespace CityCrm.Conversations.Supervision;

/// <summary>
/// Writes a <see cref="ReportTable"/> as RFC 4180 CSV (CRLF lines, fields quoted when they hold a comma, quote or
/// line break). Text that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) is
/// prefixed with an apostrophe: residents' questions end up in these files. Numbers are written as they are.
/// </summary>
public static class CsvWriter
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string Write(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new StringBuilder();
        AppendLine(csv, table.Columns.Cast<object?>());
        foreach (var row in table.Rows)
            AppendLine(csv, row);
        return csv.ToString();
    }

    /// <summary>One cell as it appears in the file.</summary>
    public static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            string s => Defuse(s),
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => Defuse(value.ToString() ?? ""),
        };
        return text.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static string Defuse(string text) => text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0 ? "'" + text : text;

    private static void AppendLine(StringBuilder csv, IEnumerable<object?> values)
    {
        csv.AppendJoin(',', values.Select(Field));
        csv.Append("\r\n");
    }
}
