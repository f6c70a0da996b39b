using CityCrm.Knowledge.Evaluation;
using CityCrm.Knowledge.Tests.Cli;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests.Evaluation;

public sealed class EvalCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public async Task Eval_TinySet_PrintsBothRankingsFigures()
    {
        var set = temp.Sub("set.jsonl");
        File.WriteAllLines(set,
        [
            "{\"q\": \"zebra crossing paint\", \"id\": \"zebra-crossing\"}",
            "{\"q\": \"fly kites\", \"id\": \"kite-flying\"}",
            "{\"q\": \"stock prices\", \"id\": null}",
        ]);
        var data = temp.Sub("data");
        await CliRun.RunAsync("import", "--data", data, "--replace", ImportFiles.Write(temp.Path,
            ImportFiles.Line("zebra-crossing", "Zebra crossings", "Zebra crossings are painted by the city."),
            ImportFiles.Line("kite-flying", "Kite flying", "Kites may be flown in Riverside Park.")));

        var run = await CliRun.RunAsync("eval", "--data", data, "--set", set);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(3 questions) over 2 articles", run.Stdout);
        Assert.Contains(run.OutputLines, l => l.StartsWith("service") && l.Contains("top1=1.000") && l.Contains("wrong-confident="));
        Assert.Contains(run.OutputLines, l => l.StartsWith("bm25") && l.Contains("mrr=1.000"));
    }

    [Fact]
    public async Task Eval_MissingSet_UsageError()
    {
        var run = await CliRun.RunAsync("eval", "--data", temp.Sub("data"), "--set", temp.Sub("none.jsonl"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not found", run.Stderr);
    }

    [Fact]
    public void Bm25Baseline_Search_RanksTheMatchingArticleFirst()
    {
        using var baseline = new Bm25Baseline([TestArticles.Recycling, TestArticles.Potholes, TestArticles.DogLicense]);

        Assert.Equal("potholes", baseline.Search("there's a pothole", 3)[0]);
        Assert.Equal("dog-license", baseline.Search("license for my dog", 3)[0]);
        Assert.Empty(baseline.Search("the of and", 3));
    }

    public void Dispose() => temp.Dispose();
}
