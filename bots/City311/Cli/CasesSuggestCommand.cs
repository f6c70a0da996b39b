using System.Text.Encodings.Web;
using System.Text.Json;

namespace CityCrm.City311.Cli;

/// <summary>
/// <c>cases suggest</c>: one description per line on standard input, one line
/// <c>{"q": ..., "services": [{"code": ..., "score": 0.87}, ...]}</c> per input line on standard output, in input order
/// (an empty line gives an empty list, so outputs stay aligned with inputs).
/// </summary>
public static class CasesSuggestCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(CliOptions options, TextReader stdin, TextWriter stdout, CancellationToken cancellationToken)
    {
        var top = options.Int("--top", 3, 1, 50);
        var catalog = CasesCatalogOptions.Load(options);
        while (await stdin.ReadLineAsync(cancellationToken) is { } line)
        {
            var services = catalog.Suggest(line, top).Select(m => new SuggestedService(m.Service.Code, m.Score)).ToList();
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new SuggestLine(line, services), Json).AsMemory(), cancellationToken);
        }
        await stdout.FlushAsync(cancellationToken);
        return 0;
    }

    private sealed record SuggestLine(
        [property: System.Text.Json.Serialization.JsonPropertyName("q")] string Q,
        [property: System.Text.Json.Serialization.JsonPropertyName("services")] IReadOnlyList<SuggestedService> Services);

    private sealed record SuggestedService(
        [property: System.Text.Json.Serialization.JsonPropertyName("code")] string Code,
        [property: System.Text.Json.Serialization.JsonPropertyName("score")] double Score);
}
