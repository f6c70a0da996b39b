using System.Text.Json;
using CityCrm.CaseCore.Suggestions;

namespace CityCrm.City311.Cli;

/// <summary>
/// <c>cases eval</c>: measures the suggestion ranker and the plain BM25 baseline on a labelled set (JSON lines
/// <c>{"q", "code"}</c>) and prints one JSON line per ranker: <c>{"ranker", "set", "count", "history", "top1", "top3", "mrr"}</c>.
/// The baseline never learns from history; the ranker learns from whatever history the options name.
/// </summary>
public static class CasesEvalCommand
{
    public static async Task<int> RunAsync(CliOptions options, TextWriter stdout, CancellationToken cancellationToken)
    {
        var setPath = options.Get("--set") ?? Path.Combine(AppContext.BaseDirectory, "cases-eval", "boston-labelled.jsonl");
        var set = HistoryFile.Read(setPath);
        var catalog = CasesCatalogOptions.Load(options);
        using var baseline = new Bm25Baseline(catalog.Services);
        var setName = Path.GetFileName(setPath);
        await Write(stdout, "suggest", setName, catalog.Ranker.LearnedCount, SuggestionEvaluation.Measure(catalog.Ranker, set), cancellationToken);
        await Write(stdout, "bm25", setName, 0, SuggestionEvaluation.Measure(baseline, set), cancellationToken);
        return 0;
    }

    private static async Task Write(TextWriter stdout, string ranker, string set, int history, SuggestionScores s, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.Serialize(new { ranker, set, count = s.Count, history, top1 = s.Top1, top3 = s.Top3, mrr = s.Mrr });
        await stdout.WriteLineAsync(line.AsMemory(), cancellationToken);
    }
}
