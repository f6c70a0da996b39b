using CityCrm.CaseCore.Streets;

namespace CityCrm.CaseCore.Tests.Streets;

public sealed class StreetResolverTests
{
    private static readonly StreetResolver Resolver = StreetFile.Resolver;

    [Theory]
    [InlineData("123 elm st", "123 Elm Street")]
    [InlineData("123 Elm Street apt 4", "123 Elm Street, Apt 4")]
    [InlineData("12B Main St.", "12B Main Street")]
    [InlineData("450 river rd, Riverton", "450 River Road")]
    [InlineData("at 75 foundry street", "75 Foundry Street")]
    [InlineData("2300 Quarry Road", "2300 Quarry Road")]
    [InlineData("9 Route 9", "9 Highway 9")]
    [InlineData("40 first street", "40 1st Street")]
    [InlineData("elm st and 5th", "Elm Street & 5th Avenue")]
    [InlineData("corner of oak and elm", "Oak Street & Elm Street")]
    [InlineData("esquina de Elm y 5th", "Elm Street & 5th Avenue")]
    [InlineData("Oak Ave & 3rd Street", "Oak Avenue & 3rd Street")]
    [InlineData("Main St at Elm St", "Main Street & Elm Street")]
    [InlineData("la esquina de la calle Maple y la fifth avenue", "Maple Street & 5th Avenue")]
    public void Resolve_KnownPlace_IsExactNormalizedAndPlaced(string typed, string expected)
    {
        var found = Resolver.Resolve(typed);

        Assert.Equal(AddressOutcome.Exact, found.Outcome);
        Assert.Equal(expected, found.Normalized);
        Assert.NotNull(found.Point);
    }

    [Fact]
    public void Resolve_Intersection_IsPlacedWhereBothStreetsPass()
    {
        var elm = StreetFile.Gazetteer.Streets.Single(s => s.FullName == "Elm Street");
        var fifth = StreetFile.Gazetteer.Streets.Single(s => s.FullName == "5th Avenue");

        var point = Resolver.Resolve("Elm Street and 5th Avenue").Point!.Value;

        // Elm runs east-west and 5th Avenue north-south: the crossing has Elm's latitude and 5th Avenue's longitude.
        Assert.Equal(elm.Segments[0].Start.Latitude, point.Latitude, 6);
        Assert.Equal(fifth.Segments[0].Start.Longitude, point.Longitude, 6);
    }

    [Fact]
    public void Resolve_HouseNumber_IsInterpolatedAlongItsBlock()
    {
        var block = StreetFile.Gazetteer.Streets.Single(s => s.FullName == "Elm Street").Segments.Single(s => s.Holds(150));

        var point = Resolver.Resolve("150 Elm Street").Point!.Value;

        var share = (150.0 - block.From) / (block.To - block.From);
        Assert.Equal(block.Start.Longitude + share * (block.End.Longitude - block.Start.Longitude), point.Longitude, 9);
        Assert.Equal(block.Start.Latitude, point.Latitude, 9);
    }

    [Theory]
    [InlineData("123 Elm Stret", "123 Elm Street")]
    [InlineData("12 Mian Street", "12 Main Street")]
    [InlineData("75 Foundy St", "75 Foundry Street")]
    [InlineData("eml street and 5th", "Elm Street & 5th Avenue")]
    public void Resolve_Misspelt_SuggestsTheStreetMeant(string typed, string expected)
    {
        var found = Resolver.Resolve(typed);

        Assert.Equal(AddressOutcome.Suggestions, found.Outcome);
        Assert.Equal(expected, found.Candidates[0].Text);
        Assert.InRange(found.Candidates.Count, 1, 3);
    }

    [Fact]
    public void Resolve_NameSharedByStreets_OffersEach()
    {
        var found = Resolver.Resolve("40 Oak");

        Assert.Equal(AddressOutcome.Suggestions, found.Outcome);
        Assert.Equal(["40 Oak Avenue", "40 Oak Street"], found.Candidates.Select(c => c.Text));
        Assert.All(found.Candidates, c => Assert.NotNull(c.Point));
    }

    [Fact]
    public void Resolve_WrongStreetType_SuggestsTheRightOne() =>
        Assert.Equal(["12 Elm Street"], Resolver.Resolve("12 Elm Avenue").Candidates.Select(c => c.Text));

    [Fact]
    public void Resolve_UnknownStreet_SaysWhichName()
    {
        var found = Resolver.Resolve("12 Zebra Crescent Street");

        Assert.Equal(AddressOutcome.UnknownStreet, found.Outcome);
        Assert.Equal("Zebra Crescent Street", found.Street);
    }

    [Fact]
    public void Resolve_NumberPastTheStreetsEnd_GivesTheRange()
    {
        var found = Resolver.Resolve("9000 Kestrel Lane");

        Assert.Equal(AddressOutcome.NumberOutOfRange, found.Outcome);
        Assert.Equal("Kestrel Lane", found.Street);
        Assert.Equal(1, found.LowestNumber);
        Assert.Equal(399, found.HighestNumber);
    }

    [Fact]
    public void Resolve_ParallelStreets_DoNotCross()
    {
        var found = Resolver.Resolve("Elm Street and Oak Avenue");

        Assert.Equal(AddressOutcome.NotCrossing, found.Outcome);
        Assert.Equal(("Elm Street", "Oak Avenue"), (found.Street, found.CrossStreet));
    }

    [Fact]
    public void Resolve_StreetWithoutNumber_IsKnownButNotPlaced()
    {
        var found = Resolver.Resolve("main st");

        Assert.Equal(AddressOutcome.StreetOnly, found.Outcome);
        Assert.Equal("Main Street", found.Normalized);
        Assert.Null(found.Point);
    }

    [Theory]
    [InlineData("behind the public library")]
    [InlineData("the playground by the school")]
    [InlineData("")]
    public void Resolve_Landmark_IsNotAnAddress(string typed) =>
        Assert.Equal(AddressOutcome.NotAnAddress, Resolver.Resolve(typed).Outcome);

    [Fact]
    public void Resolve_WithoutGazetteer_TakesNothingAsAnAddress() =>
        Assert.Equal(AddressOutcome.NotAnAddress, new StreetResolver(StreetGazetteer.Empty).Resolve("123 Elm Street").Outcome);
}
