using CityCrm.Knowledge.Search;
using CityCrm.Knowledge.Synonyms;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests.Synonyms;

/// <summary>Loading and reloading the synonym file while the service runs.</summary>
public sealed class KnowledgeSynonymsTests(ContentIndexFixture content) : IClassFixture<ContentIndexFixture>
{
    private static KnowledgeOptions Options(string? path) =>
        new() { SynonymsPath = path, SynonymsCheckInterval = TimeSpan.Zero };

    [Fact]
    public void GroupCount_NoPath_IsZero()
    {
        using var synonyms = new KnowledgeSynonyms(Options(null));

        Assert.Equal(0, synonyms.GroupCount);
    }

    [Fact]
    public void GroupCount_FileEdited_FollowsTheFile()
    {
        using var folder = new TempFolder();
        var path = folder.Sub("synonyms.txt");
        File.WriteAllText(path, "car, vehicle\n");
        using var synonyms = new KnowledgeSynonyms(Options(path));
        var first = synonyms.GroupCount;

        File.WriteAllText(path, "car, vehicle\ntrash, garbage, rubbish\n# a comment\n");
        var edited = synonyms.GroupCount;
        File.WriteAllText(path, "car, vehicle\ntrash\n");
        var broken = synonyms.GroupCount;
        File.Delete(path);
        var deleted = synonyms.GroupCount;

        Assert.Equal(1, first);
        Assert.Equal(2, edited);
        Assert.Equal(2, broken);
        Assert.Equal(0, deleted);
    }

    [Fact]
    public void GroupCount_MissingFileCreatedLater_IsLoaded()
    {
        using var folder = new TempFolder();
        var path = folder.Sub("synonyms.txt");
        using var synonyms = new KnowledgeSynonyms(Options(path));
        var before = synonyms.GroupCount;

        File.WriteAllText(path, "car, vehicle\n");

        Assert.Equal(0, before);
        Assert.Equal(1, synonyms.GroupCount);
    }

    [Fact]
    public void Search_GroupAddedToTheFile_AppliesWithoutReindexing()
    {
        using var folder = new TempFolder();
        var path = folder.Sub("synonyms.txt");
        File.WriteAllText(path, "car, vehicle\n");
        var options = new KnowledgeOptions { IndexPath = content.Options.IndexPath, SynonymsPath = path, SynonymsCheckInterval = TimeSpan.Zero };
        using var synonyms = new KnowledgeSynonyms(options);
        var search = new KnowledgeSearch(content.Index, options, synonyms);
        var before = search.Search("crater in the asphalt", 3).Result;

        File.WriteAllText(path, "car, vehicle\npothole, crater in the asphalt\n");
        var after = search.Search("crater in the asphalt", 3).Result;

        Assert.NotEqual(AnswerDecision.Answer, before.Decision);
        Assert.Equal("potholes", after.Hits[0].ArticleId);
        Assert.Equal(AnswerDecision.Answer, after.Decision);
    }
}
