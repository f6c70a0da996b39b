using CityCrm.City311;
using CityCrm.City311.Cli;
using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Tests.Support;
using CityCrm.Storage.Sqlite;
using static CityCrm.Knowledge.Tests.Cli.ImportFiles;

namespace CityCrm.Knowledge.Tests.Cli;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    private string Data => temp.Sub("data");

    private static readonly string Zebras = Line("zebra-crossing", "Zebra crossings", "Zebra crossings are painted by the city.", "who paints zebra crossings");
    private static readonly string Kites = Line("kite-flying", "Kite flying", "Kites may be flown in Riverside Park.", "where can I fly a kite");
    private static readonly string Llamas = Line("llama-permits", "Llama permits", "Keeping a llama needs a permit.", "can I keep a llama");

    [Fact]
    public async Task Import_ValidFile_ReplacesEverythingAndIsSearchable()
    {
        Assert.Contains("\"towed-vehicle\"", (await CliRun.RunWithInputAsync("my car got towed\n", "query", "--data", Data)).Stdout);

        var run = await CliRun.RunAsync("import", "--data", Data, "--replace", Write(temp.Path, Zebras, Kites));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("imported 2 articles", run.Stderr);
        Assert.Equal(2, await StoredCountAsync());
        var query = await CliRun.RunWithInputAsync("who paints the zebra crossing\nmy car got towed\n", "query", "--data", Data);
        Assert.Contains("\"zebra-crossing\"", query.OutputLines[0]);
        Assert.DoesNotContain("towed-vehicle", query.Stdout);
    }

    [Fact]
    public async Task Import_BadLine_ExitsTwoAndChangesNothing()
    {
        await CliRun.RunAsync("import", "--data", Data, "--replace", Write(temp.Path, Zebras));

        var run = await CliRun.RunAsync("import", "--data", Data, "--replace", Write(temp.Path, Kites, "{\"id\": \"no-body\", \"title\": \"t\"}"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("line 2: required field 'body'", run.Stderr);
        Assert.Equal(1, await StoredCountAsync());
        var query = await CliRun.RunWithInputAsync("zebra crossings\nfly a kite\n", "query", "--data", Data);
        Assert.Contains("\"zebra-crossing\"", query.OutputLines[0]);
        Assert.DoesNotContain("kite-flying", query.Stdout);
    }

    [Theory]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("{\"id\": \"Has Spaces\", \"title\": \"t\", \"body\": \"b\"}", "is not a slug")]
    [InlineData("{\"id\": \"\", \"title\": \"t\", \"body\": \"b\"}", "required field 'id'")]
    [InlineData("{\"id\": \"x\", \"title\": \"t\", \"body\": \"b\", \"tags\": \"one\"}", "'tags' must be an array")]
    public async Task Import_InvalidLine_ReportsLineNumber(string bad, string message)
    {
        var run = await CliRun.RunAsync("import", "--data", Data, "--replace", Write(temp.Path, Zebras, Kites, bad));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"line 3: ", run.Stderr);
        Assert.Contains(message, run.Stderr);
    }

    [Fact]
    public async Task Import_DuplicateIds_Rejected()
    {
        var run = await CliRun.RunAsync("import", "--data", Data, "--replace", Write(temp.Path, Zebras, Kites, Zebras));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("line 3: duplicate id 'zebra-crossing' (first on line 1)", run.Stderr);
    }

    [Fact]
    public async Task Import_ContinueOnError_ImportsTheGoodLines()
    {
        var run = await CliRun.RunAsync("import", "--data", Data, "--replace",
            Write(temp.Path, Zebras, "{oops", Kites, Zebras), "--continue-on-error");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("line 2: not valid JSON", run.Stderr);
        Assert.Contains("line 4: duplicate id", run.Stderr);
        Assert.Contains("imported 2 articles", run.Stderr);
        Assert.Equal(2, await StoredCountAsync());
    }

    [Fact]
    public async Task Import_QuerySyntaxInText_IsHarmless()
    {
        var tricky = Line("tricky-text", "title:(foo* AND \"bar", "Body with {!lucene} OR [a TO z] and ~2^3 and \\ backslash.", "what about AND OR NOT?");
        var run = await CliRun.RunAsync("import", "--data", Data, "--replace", Write(temp.Path, tricky, Llamas));
        Assert.Equal(0, run.ExitCode);

        var query = await CliRun.RunWithInputAsync("title:(foo* AND \"bar\n{!lucene} [a TO z]\nllama\n", "query", "--data", Data);

        Assert.Equal(0, query.ExitCode);
        Assert.Equal(3, query.OutputLines.Length);
        Assert.Contains("\"tricky-text\"", query.OutputLines[0]);
        Assert.Contains("\"llama-permits\"", query.OutputLines[2]);
    }

    [Fact]
    public async Task Import_AfterInterruptedBuild_PreviousIndexStillServes()
    {
        await CliRun.RunAsync("import", "--data", Data, "--replace", Write(temp.Path, Zebras));
        // A new index that was never marked ready is what an import killed mid-build leaves.
        var unfinished = Path.Combine(Data, "index.new");
        Directory.CreateDirectory(unfinished);
        File.WriteAllText(Path.Combine(unfinished, "segments_9"), "partial");

        var query = await CliRun.RunWithInputAsync("zebra crossings\n", "query", "--data", Data);

        Assert.Contains("\"zebra-crossing\"", query.OutputLines[0]);
        Assert.False(Directory.Exists(unfinished));
    }

    [Fact]
    public async Task Import_LargeFile_ReportsProgress()
    {
        var lines = Enumerable.Range(1, 2100).Select(i => Line($"article-{i}", $"Article {i}", $"Body of article {i}.")).ToArray();

        var run = await CliRun.RunAsync("import", "--data", Data, "--replace", Write(temp.Path, lines));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("indexed 1000 of 2100 articles", run.Stderr);
        Assert.Contains("indexed 2000 of 2100 articles", run.Stderr);
        Assert.Equal(2100, await StoredCountAsync());
    }

    [Fact]
    public async Task Import_IndexHeldByAHost_RefusesAndChangesNothing()
    {
        await CliRun.RunAsync("import", "--data", Data, "--replace", Write(temp.Path, Zebras));
        var options = CliSettings.KnowledgeOptions(new DataFolder(Data).IndexPath, CliSettings.ContentPath);

        CliRun run;
        using (new LuceneArticleIndex(options))
            run = await CliRun.RunAsync("import", "--data", Data, "--replace", Write(temp.Path, Kites));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("in use", run.Stderr);
        var query = await CliRun.RunWithInputAsync("zebra crossings\n", "query", "--data", Data);
        Assert.Contains("\"zebra-crossing\"", query.OutputLines[0]);
    }

    private async Task<int> StoredCountAsync()
    {
        var database = new SqliteDatabase(new DataFolder(Data).DatabasePath);
        return await new SqliteArticleStore(database, TimeProvider.System).CountAsync(CancellationToken.None);
    }

    public void Dispose() => temp.Dispose();
}
