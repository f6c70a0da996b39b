using System.Text.Json;

namespace CityCrm.City311.Canned;

/// <summary>
/// The canned responses of <c>templates/canned/*.json</c> (one response per file: <c>title</c> and <c>text</c>),
/// read once at start. A file that cannot be read stops the start, so a broken response never reaches a resident.
/// </summary>
public sealed class CannedResponseLibrary
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, CannedResponse> byId;

    public CannedResponseLibrary(string folder)
    {
        byId = new Dictionary<string, CannedResponse>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
            return;
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var body = JsonSerializer.Deserialize<Body>(File.ReadAllText(file), Json);
            if (string.IsNullOrWhiteSpace(body?.Title) || string.IsNullOrWhiteSpace(body.Text))
                throw new InvalidDataException($"The canned response {file} needs a title and a text.");
            byId[id] = new CannedResponse(id, body.Title.Trim(), body.Text.Trim());
        }
    }

    /// <summary>Every response, by title.</summary>
    public IReadOnlyList<CannedResponse> All => [.. byId.Values.OrderBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase)];

    /// <summary>The response with this id, or null.</summary>
    public CannedResponse? Find(string id) => byId.GetValueOrDefault(id);

    private sealed record Body(string? Title, string? Text);
}
