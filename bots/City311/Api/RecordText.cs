using System.Globalization;
using System.Text;
using System.Text.Json;
using CityCrm.City311.Api.Dtos.Privacy;

namespace CityCrm.City311.Api;

/// <summary>
/// The printable form of an export: a heading, then each section with its rows as "column: value" lines. Plain text
/// only, so nothing a resident wrote can act as markup when printed from a browser.
/// </summary>
public static class RecordText
{
    public static string Render(RecordExportDto export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Records export: {export.Kind} {export.Id}\n");
        text.Append(CultureInfo.InvariantCulture, $"Exported {export.ExportedAt:yyyy-MM-dd HH:mm:ss} UTC by {export.ExportedBy}\n");
        foreach (var (name, rows) in export.Sections)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n== {name} ({rows.Count}) ==\n");
            foreach (var row in rows)
            {
                foreach (var (column, value) in row)
                    text.Append(CultureInfo.InvariantCulture, $"{column}: {Value(value)}\n");
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    private static string Value(object? value) => value switch
    {
        null => "",
        JsonElement json => json.GetRawText(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
