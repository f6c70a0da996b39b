using System.Text.Json;
using CityCrm.CaseCore;
using CityCrm.CaseCore.Suggestions;

namespace CityCrm.City311.Tests.Cli;

/// <summary><c>cases eval</c>: figures for the ranker and the BM25 baseline come from running, the same each time.</summary>
public sealed class CasesEvalCliTests
{
    [Fact]
    public async Task Eval_FrozenSet_PrintsBothRankersReproducibly()
    {
        string[] args = ["eval", "--catalog", CasesCliRun.BostonServices, "--set", CasesCliRun.EvalFile("boston-labelled.jsonl")];

        var first = await CasesCliRun.RunAsync("", args);
        var second = await CasesCliRun.RunAsync("", args);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);
        var lines = first.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["suggest", "bm25"], lines.Select(l => l.GetProperty("ranker").GetString()));
        var set = HistoryFile.Read(CasesCliRun.EvalFile("boston-labelled.jsonl"));
        Assert.True(set.Count >= 200);
        var catalog = ServiceCatalog.Load(CasesCliRun.BostonServices);
        var expected = SuggestionEvaluation.Measure(catalog.Ranker, set);
        Assert.Equal(set.Count, lines[0].GetProperty("count").GetInt32());
        Assert.Equal(expected.Top1, lines[0].GetProperty("top1").GetDouble());
        Assert.Equal(expected.Top3, lines[0].GetProperty("top3").GetDouble());
        Assert.All(lines, l => Assert.True(l.GetProperty("top1").GetDouble() <= l.GetProperty("top3").GetDouble()));
    }

    [Fact]
    public async Task Eval_HeldOutWithHistory_BeatsWithoutHistory()
    {
        var plain = await CasesCliRun.RunAsync("", "eval", "--catalog", CasesCliRun.BostonServices, "--set", CasesCliRun.EvalFile("boston-test.jsonl"));
        var learned = await CasesCliRun.RunAsync("", "eval", "--catalog", CasesCliRun.BostonServices, "--set", CasesCliRun.EvalFile("boston-test.jsonl"),
            "--history", CasesCliRun.EvalFile("boston-history.jsonl"));

        var before = JsonDocument.Parse(plain.OutputLines[0]).RootElement;
        var after = JsonDocument.Parse(learned.OutputLines[0]).RootElement;
        Assert.Equal(0, before.GetProperty("history").GetInt32());
        Assert.Equal(File.ReadAllLines(CasesCliRun.EvalFile("boston-history.jsonl")).Count(l => l.Length > 0), after.GetProperty("history").GetInt32());
        Assert.True(after.GetProperty("mrr").GetDouble() > before.GetProperty("mrr").GetDouble(), $"{after} should beat {before}");
    }

    [Fact]
    public void FrozenSet_HistoryAndTestSplit_AreDisjointAndMakeTheWhole()
    {
        var whole = HistoryFile.Read(CasesCliRun.EvalFile("boston-labelled.jsonl"));
        var history = HistoryFile.Read(CasesCliRun.EvalFile("boston-history.jsonl"));
        var test = HistoryFile.Read(CasesCliRun.EvalFile("boston-test.jsonl"));

        Assert.Empty(history.Intersect(test));
        Assert.Equal(whole.Order(Comparer<HistoryEntry>.Create((a, b) => string.CompareOrdinal(a.Description + a.Code, b.Description + b.Code))),
            history.Concat(test).Order(Comparer<HistoryEntry>.Create((a, b) => string.CompareOrdinal(a.Description + a.Code, b.Description + b.Code))));
    }
}
