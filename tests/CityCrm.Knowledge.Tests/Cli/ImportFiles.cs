using System.Text.Json;

namespace CityCrm.Knowledge.Tests.Cli;

/// <summary>Writes import files of JSON lines.</summary>
public static class ImportFiles
{
    public static string Line(string id, string title, string body, params string[] phrasings) =>
        JsonSerializer.Serialize(new { id, title, body, phrasings, tags = Array.Empty<string>(), language = "en" });

    public static string Write(string folder, params string[] lines)
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
