using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Search;
using CityCrm.Knowledge.Synonyms;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests.Synonyms;

/// <summary>WordNet read from small files in its database format, so the tests do not depend on the installed package.</summary>
public sealed class WordNetSynonymsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public WordNetSynonymsTests()
    {
        var wordNet = folder.Sub("wordnet");
        Directory.CreateDirectory(wordNet);
        File.WriteAllLines(Path.Combine(wordNet, "index.noun"),
        [
            "  1 This software and database is being provided to you, the LICENSEE, by",
            "automobile n 1 2 @ ~ 1 1 02958343  ",
            "car n 2 2 @ ~ 2 1 02958343 02959942  ",
            "pitch n 2 1 @ 2 0 00000100 00000200  ",
        ]);
        File.WriteAllLines(Path.Combine(wordNet, "data.noun"),
        [
            "  1 This software and database is being provided to you, the LICENSEE, by",
            "02958343 06 n 05 car 0 auto 0 automobile 0 machine 0 motorcar 0 000 | a motor vehicle",
            "02959942 06 n 02 car 0 railcar 0 000 | a wheeled vehicle adapted to the rails",
            "00000100 04 n 02 pitch 0 tar 0 000 | first sense",
            "00000200 04 n 02 pitch 0 throw 0 000 | second sense",
        ]);
        File.WriteAllLines(Path.Combine(wordNet, "index.verb"), ["  1 license"]);
        File.WriteAllLines(Path.Combine(wordNet, "data.verb"), ["  1 license"]);
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Load_DatabaseFiles_FirstSenseOnly()
    {
        var words = WordNetDictionary.Load(folder.Sub("wordnet"));

        Assert.Equal(["auto", "automobile", "machine", "motorcar"], words["car"]);
        Assert.Equal(["tar"], words["pitch"]);
    }

    [Fact]
    public async Task Expand_StemmedTerm_SynonymsAnalyzedLikeQuestions()
    {
        using var wordNet = new WordNetSynonyms(new KnowledgeOptions { WordNetPath = folder.Sub("wordnet") });
        await wordNet.WaitAsync(CancellationToken.None);

        var expanded = wordNet.Expand([new AnalyzedTerm("car", 4)]);

        Assert.True(wordNet.IsLoaded);
        Assert.Contains(expanded["car"], p => p.Key == "automobil");
        Assert.True(expanded["car"].Count <= WordNetSynonyms.MaxPerTerm);
    }

    [Fact]
    public async Task Search_WordNetSynonym_FindsTheArticleAndSaysSo()
    {
        var options = new KnowledgeOptions { IndexPath = folder.Sub("index"), WordNetPath = folder.Sub("wordnet") };
        using var index = new LuceneArticleIndex(options);
        index.Rebuild([TestArticles.Make("abandoned", "Abandoned automobiles", "Report an automobile left on the street.", "Who removes an old automobile?")]);
        using var wordNet = new WordNetSynonyms(options);
        await wordNet.WaitAsync(CancellationToken.None);
        var search = new KnowledgeSearch(index, options, wordNet: wordNet);

        var explained = await search.ExplainAsync(new KnowledgeQuery("abandoned car"), CancellationToken.None);

        Assert.Contains(explained.Hits[0].Matches, m => m.QuestionTerm == "car" && m.Kind == MatchKind.WordNet && m.Field == "title");
    }

    [Fact]
    public async Task Constructor_MissingFolder_SearchesWithoutIt()
    {
        using var wordNet = new WordNetSynonyms(new KnowledgeOptions { WordNetPath = folder.Sub("absent") });
        await wordNet.WaitAsync(CancellationToken.None);

        Assert.False(wordNet.IsLoaded);
        Assert.Empty(wordNet.Expand([new AnalyzedTerm("car", 3)]));
    }
}
