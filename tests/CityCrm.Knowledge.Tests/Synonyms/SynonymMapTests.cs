using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Synonyms;

namespace CityCrm.Knowledge.Tests.Synonyms;

public sealed class SynonymMapTests
{
    private static IReadOnlyDictionary<string, IReadOnlyList<SynonymPhrase>> Expand(string list, string question)
    {
        using var analyzer = KnowledgeAnalyzer.Create();
        var map = SynonymMap.Build(SynonymListParser.Parse(list), analyzer);
        return map.Expand(KnowledgeAnalyzer.Tokens(analyzer, question, 32));
    }

    [Fact]
    public void Expand_InflectedWord_MatchesItsStemmedEntry()
    {
        var expanded = Expand("trash, garbage, rubbish", "garbages picked up");

        var garbage = Assert.Single(expanded);
        Assert.Equal("garbag", garbage.Key);
        Assert.Equal(["trash", "rubbish"], garbage.Value.Select(p => p.Key));
    }

    [Fact]
    public void Expand_PhraseInQuestion_GivesEachOfItsTermsTheOtherEntries()
    {
        var expanded = Expand("streetlight, street light, lamp post", "the street light is out");

        Assert.Equal(["streetlight", "lamp post"], expanded["street"].Select(p => p.Key));
        Assert.Equal(["streetlight", "lamp post"], expanded["light"].Select(p => p.Key));
        Assert.True(expanded["light"][1].IsPhrase);
    }

    [Fact]
    public void Expand_PartOfAPhraseOnly_IsNotExpanded()
    {
        Assert.Empty(Expand("streetlight, street light", "the light in my kitchen"));
    }

    [Fact]
    public void Expand_StopWordsInsidePhrase_StillMatch()
    {
        var expanded = Expand("pothole, hole in the road", "big hole in road");

        Assert.Equal("pothol", Assert.Single(expanded["hole"]).Key);
    }

    [Fact]
    public void Build_EntriesThatStemAlike_CountOnce()
    {
        using var analyzer = KnowledgeAnalyzer.Create();

        var map = SynonymMap.Build(SynonymListParser.Parse("tow, towed\ntow, towed, impound\n"), analyzer);

        Assert.Equal(1, map.GroupCount);
    }

    [Fact]
    public void Build_EntryOfStopWordsOnly_ThrowsWithItsLine()
    {
        using var analyzer = KnowledgeAnalyzer.Create();
        var groups = SynonymListParser.Parse("car, vehicle\n\nhow, what\n");

        var error = Assert.Throws<SynonymFormatException>(() => SynonymMap.Build(groups, analyzer));

        Assert.Equal(3, error.Line);
    }
}
