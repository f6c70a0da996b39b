namespace CityCrm.CaseCore.Tests;

/// <summary>Classification of residents' own phrasings against the real Riverton catalogue.</summary>
public sealed class ServiceCatalogClassifyTests
{
    [Theory]
    [InlineData("there is a pothole on Elm Street", "pothole")]
    [InlineData("Huge potholes all along River Road!!", "pothole")]
    [InlineData("big hole in the road near the school", "pothole")]
    [InlineData("the pavement on my street is crumbling, broken asphalt everywhere", "pothole")]
    [InlineData("the streetlight on 5th ave is out", "streetlight-out")]
    [InlineData("Street light flickering all night outside 12 Main St", "streetlight-out")]
    [InlineData("the light at 12 Main St is out", "streetlight-out")]
    [InlineData("lamp post knocked over on Oak Ave", "streetlight-out")]
    [InlineData("the traffic light at Main and 3rd is stuck on red", "traffic-signal")]
    [InlineData("stoplight not working at Elm and Oak", "traffic-signal")]
    [InlineData("the walk signal button doesn't work", "traffic-signal")]
    [InlineData("someone spray painted graffiti on the bridge", "graffiti")]
    [InlineData("Gang tags all over the underpass wall", "graffiti")]
    [InlineData("my trash wasn't picked up today", "missed-trash")]
    [InlineData("Garbage truck skipped our street this week", "missed-trash")]
    [InlineData("missed trash pickup on Cedar Lane", "missed-trash")]
    [InlineData("the recycling bin wasn't picked up", "missed-recycling")]
    [InlineData("they never emptied my blue cart", "missed-recycling")]
    [InlineData("I need someone to pick up my old couch and a mattress", "bulky-item")]
    [InlineData("how do I get rid of an old refrigerator", "bulky-item")]
    [InlineData("someone dumped a pile of tires in the alley behind my house", "illegal-dumping")]
    [InlineData("a mattress was dumped in the vacant lot", "illegal-dumping")]
    [InlineData("There's an abandoned car on Birch Street", "abandoned-vehicle")]
    [InlineData("a van with flat tires hasn't moved for weeks", "abandoned-vehicle")]
    [InlineData("a car has been parked on our street for weeks with expired tags", "abandoned-vehicle")]
    [InlineData("a truck is blocking my driveway", "blocked-driveway")]
    [InlineData("someone parked in front of my driveway and I can't get out", "blocked-driveway")]
    [InlineData("car parked in the bike lane every morning", "illegal-parking")]
    [InlineData("cracked sidewalk is a tripping hazard", "sidewalk-damage")]
    [InlineData("the sidewalks are broken and uneven on Pine St", "sidewalk-damage")]
    [InlineData("a tree fell across the road after the storm", "fallen-tree")]
    [InlineData("big branch hanging over the sidewalk", "fallen-tree")]
    [InlineData("dead raccoon in the middle of the road", "dead-animal")]
    [InlineData("there's a deer that was hit by a car on Highway 9", "dead-animal")]
    [InlineData("rats running around the alley", "rodents")]
    [InlineData("water gushing out of the street", "water-leak")]
    [InlineData("fire hydrant leaking on Maple Ave", "water-leak")]
    [InlineData("the storm drain is clogged and the street is flooding", "storm-drain")]
    [InlineData("sewer smell coming from the manhole", "storm-drain")]
    [InlineData("our street still hasn't been plowed", "snow-not-plowed")]
    [InlineData("the road is covered in ice and nobody salted", "snow-not-plowed")]
    [InlineData("the stop sign at Oak and 2nd was knocked down", "damaged-sign")]
    [InlineData("street sign is missing", "damaged-sign")]
    [InlineData("the swings at Riverside Park are broken", "park-maintenance")]
    [InlineData("restrooms at the park are filthy", "park-maintenance")]
    [InlineData("loud music from my neighbors every night", "noise")]
    [InlineData("dog barking for hours next door", "noise")]
    [InlineData("the vacant lot next door is overgrown with weeds and tall grass", "overgrown-vegetation")]
    public void Classify_ResidentPhrasing_PicksExpectedService(string text, string expectedCode)
    {
        var match = CatalogFile.Catalog.Classify(text);

        Assert.NotNull(match);
        Assert.Equal(expectedCode, match.Service.Code);
        Assert.InRange(match.Score, 0.01, 1.0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hello")]
    [InlineData("what are your opening hours")]
    [InlineData("I would like to pay my property tax bill")]
    public void Classify_NothingMatches_ReturnsNull(string text) =>
        Assert.Null(CatalogFile.Catalog.Classify(text));

    [Fact]
    public void Classify_MoreEvidence_ScoresHigher()
    {
        var weak = CatalogFile.Catalog.Classify("pothole")!;
        var strong = CatalogFile.Catalog.Classify("huge pothole, a hole in the road with broken asphalt")!;

        Assert.Equal("pothole", strong.Service.Code);
        Assert.True(strong.Score > weak.Score, $"{strong.Score} should exceed {weak.Score}");
    }

    [Fact]
    public void Classify_TwoServicesEquallyLikely_ScoresBelowHalf()
    {
        var match = CatalogFile.Catalog.Classify("pothole and graffiti")!;

        Assert.True(match.Score < 0.5, $"a tie should be uncertain, got {match.Score}");
    }

    [Fact]
    public void Classify_SpecificPhraseOverlapsGenericWord_SpecificWins()
    {
        // "light" alone is the street light keyword; "traffic light" covers it and must win.
        var match = CatalogFile.Catalog.Classify("traffic light out")!;

        Assert.Equal("traffic-signal", match.Service.Code);
        Assert.True(match.Score > 0.5);
    }

    [Fact]
    public void Suggest_TextNamingTwoProblems_RanksBothBestFirstAndTheFirstIsClassify()
    {
        const string text = "the street light is out and there is a pothole under it";

        var suggestions = CatalogFile.Catalog.Suggest(text, 3);

        Assert.True(suggestions.Count >= 2);
        Assert.Equal(CatalogFile.Catalog.Classify(text), suggestions[0]);
        Assert.Equal(["pothole", "streetlight-out"], suggestions.Take(2).Select(s => s.Service.Code).Order());
        Assert.True(suggestions[0].Score >= suggestions[1].Score);
    }

    [Fact]
    public void Suggest_NothingMatchesOrTopZero_ReturnsEmpty()
    {
        Assert.Empty(CatalogFile.Catalog.Suggest("hello there", 3));
        Assert.Empty(CatalogFile.Catalog.Suggest("pothole", 0));
    }
}
