using System.Text.Json;
using CityCrm.City311;
using CityCrm.City311.Cli;
using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Search;
using CityCrm.Knowledge.Synonyms;
using CityCrm.Knowledge.Tests.Support;
using CityCrm.Storage.Sqlite;

namespace CityCrm.Knowledge.Tests.Cli;

public sealed class QueryCommandTests : IDisposable
{
    private static readonly string[] Questions =
    [
        "my car got towed",
        "my vehicle was impounded",
        "rubbish pickup day",
        "pothole on my street",
        "when is recycling day",
        "",
        "raccoon in the attic",
        "how do I get a dog license",
    ];

    private readonly TempFolder temp = new();

    private string Data => temp.Sub("data");

    [Fact]
    public async Task Query_Questions_OneJsonLinePerQuestionInInputOrder()
    {
        var run = await CliRun.RunWithInputAsync(string.Join('\n', Questions) + "\n", "query", "--data", Data, "--top", "3");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Questions.Length, lines.Length);
        for (var i = 0; i < Questions.Length; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            Assert.Equal(Questions[i], json.RootElement.GetProperty("q").GetString());
            var hits = json.RootElement.GetProperty("hits");
            Assert.InRange(hits.GetArrayLength(), Questions[i].Length == 0 ? 0 : 1, 3);
            foreach (var hit in hits.EnumerateArray())
            {
                Assert.False(string.IsNullOrEmpty(hit.GetProperty("id").GetString()));
                Assert.Equal(JsonValueKind.Number, hit.GetProperty("score").ValueKind);
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public async Task Query_Top_LimitsHits(int top)
    {
        var run = await CliRun.RunWithInputAsync("trash and recycling pickup schedule\n", "query", "--data", Data, "--top", top.ToString());

        using var json = JsonDocument.Parse(run.OutputLines[0]);
        Assert.Equal(top, json.RootElement.GetProperty("hits").GetArrayLength());
    }

    [Fact]
    public async Task Query_EmptyDataFolder_SeedsTheDemoContent()
    {
        await CliRun.RunWithInputAsync("potholes\n", "query", "--data", Data);

        var database = new SqliteDatabase(new DataFolder(Data).DatabasePath);
        var stored = await new SqliteArticleStore(database, TimeProvider.System).CountAsync(CancellationToken.None);
        Assert.Equal(Directory.GetFiles(RepositoryPaths.KnowledgeContent, "*.md").Length, stored);
    }

    [Fact]
    public async Task Query_Ranking_EqualsKnowledgeSearch()
    {
        var run = await CliRun.RunWithInputAsync(string.Join('\n', Questions) + "\n", "query", "--data", Data, "--top", "5");

        var options = CliSettings.KnowledgeOptions(new DataFolder(Data).IndexPath, CliSettings.ContentPath);
        using var index = new LuceneArticleIndex(options);
        // The service ranks with the city's synonym list; so must the command.
        using var synonyms = new KnowledgeSynonyms(options);
        Assert.True(synonyms.GroupCount > 0);
        var search = new KnowledgeSearch(index, options, synonyms);
        for (var i = 0; i < Questions.Length; i++)
        {
            var expected = (await search.SearchAsync(Questions[i], 5, CancellationToken.None)).Hits;
            using var json = JsonDocument.Parse(run.OutputLines[i]);
            var actual = json.RootElement.GetProperty("hits").EnumerateArray()
                .Select(h => (h.GetProperty("id").GetString()!, h.GetProperty("score").GetSingle())).ToList();
            Assert.Equal(expected.Select(h => (h.ArticleId, h.Score)), actual);
        }
    }

    [Fact]
    public async Task Query_IndexHeldByAHost_SearchesACopyAndLeavesTheHostsIndexAlone()
    {
        await CliRun.RunWithInputAsync("potholes\n", "query", "--data", Data);
        var options = CliSettings.KnowledgeOptions(new DataFolder(Data).IndexPath, CliSettings.ContentPath);
        using var host = new LuceneArticleIndex(options);
        var before = Directory.GetFiles(options.IndexPath).Order().ToArray();

        var run = await CliRun.RunWithInputAsync("my car got towed\n", "query", "--data", Data);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"towed-vehicle\"", run.OutputLines[0]);
        Assert.Equal(before, Directory.GetFiles(options.IndexPath).Order().ToArray());
        Assert.Equal(Directory.GetFiles(RepositoryPaths.KnowledgeContent, "*.md").Length, host.Count());
    }

    [Fact]
    public async Task Query_TopOutOfRange_UsageError()
    {
        var run = await CliRun.RunWithInputAsync("x\n", "query", "--data", Data, "--top", "0");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--top", run.Stderr);
    }

    public void Dispose() => temp.Dispose();
}
