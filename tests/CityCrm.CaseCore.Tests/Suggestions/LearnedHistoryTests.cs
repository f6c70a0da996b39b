using CityCrm.CaseCore.Suggestions;

namespace CityCrm.CaseCore.Tests.Suggestions;

/// <summary>The history a ranker learns from stays bounded per service, keeps the newest, and carries no personal details.</summary>
public sealed class LearnedHistoryTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("learned").FullName;

    public void Dispose() => Directory.Delete(folder, true);

    [Fact]
    public void Add_MoreThanTheBoundForOneService_KeepsItsNewestOnly()
    {
        var history = new LearnedHistory(perService: 2);

        history.Add([new("one", "pothole"), new("two", "pothole"), new("graffiti on the wall", "graffiti"), new("three", "pothole")]);

        var (entries, version) = history.Snapshot();
        Assert.Equal([new HistoryEntry("two", "pothole"), new HistoryEntry("three", "pothole"), new HistoryEntry("graffiti on the wall", "graffiti")], entries);
        Assert.Equal(1, version);
    }

    [Fact]
    public void Add_OnlyBlankEntries_LeavesTheVersion()
    {
        var history = new LearnedHistory();

        Assert.Equal(0, history.Add([new("  ", "pothole"), new("words", "")]));
        Assert.Equal(0, history.Snapshot().Version);
    }

    [Theory]
    [InlineData("call me at (312) 555-0142 about the hole", "call me at about the hole")]
    [InlineData("pothole outside 1420 Elm Street, write to ana.ruiz@example.org", "pothole outside Elm Street, write to")]
    [InlineData("car with plate 7KX 4412 parked +1 312 555 0100 since May 3", "car with plate KX parked since May")]
    public void Redact_NumbersAndAddresses_TakenOut(string description, string expected) =>
        Assert.Equal(expected, HistoryRedaction.Redact(description));

    [Fact]
    public void LoadAndTrim_OverTheBoundWithPersonalDetails_RewritesTheFileBoundedAndRedacted()
    {
        var path = Path.Combine(folder, ServiceHistory.FileName);
        HistoryFile.Append(path, [new("old hole at 12 Elm", "pothole"), new("new hole, call 312-555-0100", "pothole"), new("tags on the bridge", "graffiti")]);

        var kept = ServiceHistory.LoadAndTrim(folder, perService: 1);

        Assert.Equal([new HistoryEntry("new hole, call", "pothole"), new HistoryEntry("tags on the bridge", "graffiti")], kept);
        Assert.Equal(kept, HistoryFile.Read(path));
        Assert.False(File.Exists(path + ".new"));
    }

    [Fact]
    public void LoadAndTrim_AlreadyTrimmed_LeavesTheFileAlone()
    {
        var path = Path.Combine(folder, ServiceHistory.FileName);
        HistoryFile.Append(path, [new("tags on the bridge", "graffiti")]);
        var written = File.GetLastWriteTimeUtc(path);
        File.SetLastWriteTimeUtc(path, written.AddHours(-1));

        Assert.Single(ServiceHistory.LoadAndTrim(folder));
        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public async Task LearnAsync_WordTheCatalogueNeverUses_SuggestsTheServiceItWasFiledUnder()
    {
        var catalog = ServiceCatalog.Load(CatalogFile.Path);
        Assert.Empty(catalog.Suggest("a flibbertigibbet by the school", 3));
        var code = catalog.Services[0].Code;

        await catalog.LearnAsync([new("flibbertigibbet in the road again", code)], CancellationToken.None);

        Assert.Equal(code, catalog.Suggest("a flibbertigibbet by the school", 3)[0].Service.Code);
    }
}
