using System.Text;
using System.Text.Json;

namespace CityCrm.CaseCore.Suggestions;

/// <summary>
/// Reads and appends history files: JSON lines (<c>{"q": ..., "code": ...}</c>; "description"/"text" and
/// "service_code" are accepted too) or CSV with a header naming a description column and a service code column.
/// </summary>
public static class HistoryFile
{
    private static readonly string[] TextNames = ["q", "description", "text"];
    private static readonly string[] CodeNames = ["code", "service_code", "servicecode", "service"];

    /// <summary>The entries of <paramref name="path"/>, in file order; a line that is not an entry fails with its number.</summary>
    public static IReadOnlyList<HistoryEntry> Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"History file not found: {path}", path);
        var lines = File.ReadAllLines(path);
        return path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ReadCsv(lines, path) : ReadJsonLines(lines, path);
    }

    /// <summary>Appends entries as JSON lines, creating the file and its folder when needed.</summary>
    public static void Append(string path, IEnumerable<HistoryEntry> entries)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var text = new StringBuilder();
        foreach (var e in entries)
            text.Append(JsonSerializer.Serialize(new { q = e.Description, code = e.Code })).Append('\n');
        File.AppendAllText(path, text.ToString());
    }

    private static List<HistoryEntry> ReadJsonLines(string[] lines, string path)
    {
        var entries = new List<HistoryEntry>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
                continue;
            try
            {
                using var doc = JsonDocument.Parse(lines[i]);
                var text = First(doc.RootElement, TextNames);
                var code = First(doc.RootElement, CodeNames);
                if (string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(code))
                    throw new InvalidDataException($"{path}:{i + 1}: needs a description (\"q\") and a service code (\"code\")");
                entries.Add(new HistoryEntry(text, code.Trim()));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{i + 1}: not JSON: {e.Message}", e);
            }
        }
        return entries;
    }

    private static string? First(JsonElement e, string[] names) =>
        e.ValueKind == JsonValueKind.Object
            ? names.Select(n => e.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null).FirstOrDefault(v => v is not null)
            : null;

    private static List<HistoryEntry> ReadCsv(string[] lines, string path)
    {
        if (lines.Length == 0)
            return [];
        var header = CsvLine.Split(lines[0]).Select(h => h.Trim().ToLowerInvariant()).ToList();
        var textColumn = header.FindIndex(h => TextNames.Contains(h));
        var codeColumn = header.FindIndex(h => CodeNames.Contains(h));
        if (textColumn < 0 || codeColumn < 0)
            throw new InvalidDataException($"{path}: the CSV header needs a description column and a service_code column");
        var entries = new List<HistoryEntry>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
                continue;
            var cells = CsvLine.Split(lines[i]);
            if (cells.Count <= Math.Max(textColumn, codeColumn) || string.IsNullOrWhiteSpace(cells[textColumn]) || string.IsNullOrWhiteSpace(cells[codeColumn]))
                throw new InvalidDataException($"{path}:{i + 1}: needs a description and a service code");
            entries.Add(new HistoryEntry(cells[textColumn], cells[codeColumn].Trim()));
        }
        return entries;
    }
}
