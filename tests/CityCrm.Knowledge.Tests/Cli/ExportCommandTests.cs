using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests.Cli;

public sealed class ExportCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    private static readonly int ContentCount = Directory.EnumerateFiles(City311.Cli.CliSettings.ContentPath, "*.md").Count();

    private string Data => temp.Sub("data");

    [Fact]
    public async Task Export_Jsonl_ImportsBackToTheSameArticles()
    {
        var file = Path.Combine(temp.Path, "kb.jsonl");

        var export = await CliRun.RunAsync("export", "--data", Data, "--out", file);
        var import = await CliRun.RunAsync("import", "--data", temp.Sub("copy"), "--replace", file);

        Assert.Equal(0, export.ExitCode);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains($"wrote {ContentCount} articles", export.Stderr);
        await AssertSameArticlesAsync(Data, temp.Sub("copy"));
    }

    [Fact]
    public async Task Export_MarkdownFolder_ImportsBackToTheSameArticles()
    {
        var folder = Path.Combine(temp.Path, "kb");

        var export = await CliRun.RunAsync("export", "--data", Data, "--out", folder);
        var import = await CliRun.RunAsync("import", "--data", temp.Sub("copy"), "--replace", folder);

        Assert.Equal(0, export.ExitCode);
        Assert.Equal(0, import.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder, "recycling-pickup.md")));
        await AssertSameArticlesAsync(Data, temp.Sub("copy"));
    }

    [Fact]
    public async Task Export_IntoAFolderWithFiles_RefusesAndLeavesThem()
    {
        var folder = temp.Sub("busy");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "keep.txt"), "mine");

        var export = await CliRun.RunAsync("export", "--data", Data, "--out", folder);

        Assert.Equal(2, export.ExitCode);
        Assert.Contains("not empty", export.Stderr);
        Assert.Equal(["keep.txt"], Directory.EnumerateFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Export_UnknownFormat_IsAUsageError()
    {
        var export = await CliRun.RunAsync("export", "--data", Data, "--out", "x", "--format", "csv");

        Assert.Equal(1, export.ExitCode);
        Assert.Contains("--format must be jsonl or markdown", export.Stderr);
    }

    [Fact]
    public async Task Import_MarkdownFolderWithBadFiles_NamesEachFileAndImportsNothing()
    {
        var folder = temp.Sub("bad");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "good.md"), "---\nid: good\ntitle: Good\nsummary: Fine.\n---\nBody.");
        await File.WriteAllTextAsync(Path.Combine(folder, "nosummary.md"), "---\nid: nosummary\ntitle: T\n---\nBody.");
        await File.WriteAllTextAsync(Path.Combine(folder, "other.md"), "---\nid: not-other\ntitle: T\nsummary: S.\n---\nBody.");

        var import = await CliRun.RunAsync("import", "--data", Data, "--replace", folder);

        Assert.Equal(2, import.ExitCode);
        Assert.Contains("nosummary.md", import.Stderr);
        Assert.Contains("'summary' is required", import.Stderr);
        Assert.Contains("other.md: id 'not-other' must equal the file name", import.Stderr);
        Assert.Contains("nothing imported", import.Stderr);
    }

    private static async Task AssertSameArticlesAsync(string original, string copy)
    {
        var first = Path.Combine(original, "again.jsonl");
        var second = Path.Combine(copy, "again.jsonl");
        Assert.Equal(0, (await CliRun.RunAsync("export", "--data", original, "--out", first)).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync("export", "--data", copy, "--out", second)).ExitCode);
        var expected = await File.ReadAllLinesAsync(first);
        Assert.Equal(ContentCount, expected.Length);
        Assert.Equal(expected, await File.ReadAllLinesAsync(second));
    }

    public void Dispose() => temp.Dispose();
}
