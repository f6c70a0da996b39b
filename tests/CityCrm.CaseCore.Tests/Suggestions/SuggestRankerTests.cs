using CityCrm.CaseCore.Suggestions;
using CityCrm.CaseCore.Tests.Catalog;

namespace CityCrm.CaseCore.Tests.Suggestions;

/// <summary>The suggestion ranker over Boston's 118-service catalogue.</summary>
public sealed class SuggestRankerTests
{
    private static readonly ServiceCatalog Boston = ServiceCatalog.Load(SharedData.Boston("services.json"));

    [Theory]
    [InlineData("big pothole in front of the fire station", "REQPOTHL")]
    [InlineData("parking meter took my money", "PRKGMETRPR")]
    [InlineData("dead skunk on our road", "PUDEADANML")]
    [InlineData("needles and syringes left at the playground", "NEEDRMVL")]
    public void Rank_PlainDescription_PutsServiceFirst(string text, string code) =>
        Assert.Equal(code, Boston.Ranker.Rank(text, 3)[0].Service.Code);

    [Fact]
    public void Rank_MisspelledWord_StillFindsService() =>
        Assert.Equal("GENGRAFFITI", Boston.Ranker.Rank("grafitti sprayed on the laundromat", 3)[0].Service.Code);

    [Fact]
    public void Rank_SpanishDescription_FindsService() =>
        Assert.Contains("REQPOTHL", Boston.Ranker.Rank("un bache grande frente a la escuela", 3).Select(m => m.Service.Code));

    [Theory]
    [InlineData("hello how are you")]
    [InlineData("thanks so much")]
    [InlineData("")]
    public void Rank_SmallTalk_SuggestsNothing(string text) => Assert.Empty(Boston.Ranker.Rank(text, 3));

    [Fact]
    public void Rank_AnyDescription_ScoresWithinZeroAndOneBestFirst()
    {
        var ranked = Boston.Ranker.Rank("the trash barrel on the corner is overflowing and broken", 10);

        Assert.True(ranked.Count >= 3);
        Assert.All(ranked, m => Assert.InRange(m.Score, 0.0, 1.0));
        Assert.Equal(ranked.Select(m => m.Score).OrderDescending(), ranked.Select(m => m.Score));
    }

    [Fact]
    public void Rank_ClearDescription_ScoresHigherThanVagueOne()
    {
        var clear = Boston.Ranker.Rank("broken parking meter, the parking meter is broken", 1)[0];
        var vague = Boston.Ranker.Rank("something broken on my street", 1)[0];

        Assert.True(clear.Score > vague.Score, $"{clear.Score} should exceed {vague.Score}");
    }

    [Fact]
    public void Rank_HistoryTeachesResidentsWords_ServiceComesFirst()
    {
        const string text = "the zamboni guys left a heap of slush by my stoop";
        var plain = new ServiceRanker(Boston.Services);
        var taught = new ServiceRanker(Boston.Services, [new HistoryEntry("zamboni slush heap by the stoop", "MISCSNOW")]);

        Assert.NotEqual("MISCSNOW", plain.Rank(text, 1).FirstOrDefault()?.Service.Code);
        Assert.Equal("MISCSNOW", taught.Rank(text, 1)[0].Service.Code);
        Assert.Equal(1, taught.LearnedCount);
    }

    [Fact]
    public void Rank_HistoryWithUnknownCode_IsIgnored()
    {
        var ranker = new ServiceRanker(Boston.Services, [new HistoryEntry("zamboni slush", "NOPE"), new HistoryEntry("zamboni slush", "misCSnow")]);

        Assert.Equal(1, ranker.LearnedCount);
    }

    [Fact]
    public void Suggest_HostCatalogue_IsTheRankersOrder()
    {
        const string text = "tree limb down across the sidewalk";

        Assert.Equal(Boston.Ranker.Rank(text, 3), Boston.Suggest(text, 3));
        Assert.Equal(Boston.Suggest(text, 1)[0], Boston.Classify(text));
    }

    [Fact]
    public void Bm25Baseline_Rank_MatchesPlainWords()
    {
        using var baseline = new Bm25Baseline(Boston.Services);

        var ranked = baseline.Rank("parking meter", 3);

        Assert.Equal("PRKGMETRPR", ranked[0].Service.Code);
        Assert.Equal(1.0, ranked[0].Score);
        Assert.Empty(baseline.Rank("   ", 3));
    }
}
