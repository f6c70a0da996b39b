using System.Text.Json;
using CityCrm.CaseCore;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Cli;

/// <summary><c>cases suggest</c> and <c>cases import-history</c>: the documented JSON line contract, and the host ranking alike.</summary>
public sealed class CasesSuggestCliTests
{
    [Fact]
    public async Task Suggest_ThreeLines_OneJsonLineEachInInputOrder()
    {
        var run = await CasesCliRun.RunAsync("parking meter took my quarters\n\nneedles by the swings\n", "suggest", "--catalog", CasesCliRun.BostonServices, "--top", "3");

        Assert.Equal(0, run.ExitCode);
        var lines = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["parking meter took my quarters", "", "needles by the swings"], lines.Select(l => l.GetProperty("q").GetString()));
        Assert.Equal(0, lines[1].GetProperty("services").GetArrayLength());
        Assert.Equal("PRKGMETRPR", lines[0].GetProperty("services")[0].GetProperty("code").GetString());
        Assert.Equal("NEEDRMVL", lines[2].GetProperty("services")[0].GetProperty("code").GetString());
        foreach (var line in new[] { lines[0], lines[2] })
        {
            var scores = line.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("score").GetDouble()).ToList();
            Assert.InRange(scores.Count, 1, 3);
            Assert.All(scores, s => Assert.InRange(s, 0.0, 1.0));
            Assert.Equal(scores.OrderDescending(), scores);
        }
    }

    [Fact]
    public async Task Suggest_TopOne_WritesAtMostOneService()
    {
        var run = await CasesCliRun.RunAsync("the trash barrel is overflowing and broken", "suggest", "--catalog", CasesCliRun.BostonServices, "--top", "1");

        Assert.Equal(1, JsonDocument.Parse(run.OutputLines.Single()).RootElement.GetProperty("services").GetArrayLength());
    }

    [Fact]
    public async Task Suggest_NoCatalog_FailsWithUsage()
    {
        var run = await CasesCliRun.RunAsync("pothole", "suggest");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--catalog", run.Stderr);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task Suggest_MissingCatalogFile_FailsWithPath()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");

        var run = await CasesCliRun.RunAsync("pothole", "suggest", "--catalog", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(path, run.Stderr);
    }

    [Fact]
    public async Task ImportHistory_ThenHost_RanksExactlyAsTheCommandLine()
    {
        using var factory = new CityAppFactory();
        var csv = Path.Combine(factory.DataDirectory, "closed.csv");
        await File.WriteAllLinesAsync(csv, ["description,service_code", "\"zamboni slush heaped by the stoop\",snow-not-plowed", "something,no-such-service"]);

        var import = await CasesCliRun.RunAsync("", "import-history", "--catalog", CasesCliRun.DemoCatalog, "--history", csv, "--data", factory.DataDirectory);
        string[] questions = ["zamboni slush by my stoop", "pothole on elm and a streetlight out", "the traffic light is flashing"];
        var suggest = await CasesCliRun.RunAsync(string.Join('\n', questions), "suggest", "--catalog", CasesCliRun.DemoCatalog, "--data", factory.DataDirectory);

        var imported = JsonDocument.Parse(import.OutputLines.Single()).RootElement;
        Assert.Equal(1, imported.GetProperty("imported").GetInt32());
        Assert.Equal(1, imported.GetProperty("skipped").GetInt32());
        var host = factory.Services.GetRequiredService<IServiceCatalog>();
        for (var i = 0; i < questions.Length; i++)
        {
            var cli = JsonDocument.Parse(suggest.OutputLines[i]).RootElement.GetProperty("services").EnumerateArray()
                .Select(s => (s.GetProperty("code").GetString(), s.GetProperty("score").GetDouble()));
            Assert.Equal(host.Suggest(questions[i], 3).Select(m => ((string?)m.Service.Code, m.Score)), cli);
        }
        Assert.Equal("snow-not-plowed", host.Classify(questions[0])?.Service.Code);
    }
}
