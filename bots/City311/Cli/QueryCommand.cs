using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CityCrm.City311.Cli;

/// <summary>
/// <c>kb query --data DIR [--top N]</c>: one question per stdin line, one JSON line per question on stdout
/// (<c>{"q": "...", "hits": [{"id": "...", "score": 0.83}]}</c>), in input order, ranked by the service's search.
/// </summary>
public static class QueryCommand
{
    // Questions are echoed readably (accents, quotes); the output is JSON lines, never HTML.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(CliOptions options, TextReader stdin, TextWriter stdout, CancellationToken cancellationToken)
    {
        var top = options.Int("--top", 5, 1, Knowledge.Search.KnowledgeSearch.MaxTop);
        await using var workspace = await KnowledgeWorkspace.OpenAsync(options.Data(), CliSettings.ContentPath, cancellationToken);
        while (await stdin.ReadLineAsync(cancellationToken) is { } question)
        {
            var result = await workspace.Search.SearchAsync(question, top, cancellationToken);
            var line = new QueryLine(question, [.. result.Hits.Select(h => new QueryHit(h.ArticleId, h.Score))]);
            await stdout.WriteLineAsync(JsonSerializer.Serialize(line, Json));
        }
        await stdout.FlushAsync(cancellationToken);
        return KnowledgeCli.Success;
    }

    private sealed record QueryLine([property: JsonPropertyName("q")] string Q, IReadOnlyList<QueryHit> Hits);

    private sealed record QueryHit(string Id, float Score);
}
