using CityCrm.CaseCore;

namespace CityCrm.CaseCore.Tests;

/// <summary>Locations kept after a case's personal data is removed: the block, a corner, or nothing.</summary>
public sealed class LocationGeneralizerTests
{
    [Theory]
    [InlineData("123 Elm Street", "100 block of Elm Street")]
    [InlineData("1234B N Main St Apt 4, Riverton", "1200 block of N Main St")]
    [InlineData("45 Oak Ave near the red door of the Smiths", "0 block of Oak Ave")]
    [InlineData("2301 5th Ave", "2300 block of 5th Ave")]
    public void Generalize_HouseNumber_BecomesItsBlock(string location, string expected) =>
        Assert.Equal(expected, LocationGeneralizer.Generalize(location));

    [Theory]
    [InlineData("Elm St and Main St", "Elm St & Main St")]
    [InlineData("corner of Elm & Main", "Elm & Main")]
    public void Generalize_Intersection_IsKept(string location, string expected) =>
        Assert.Equal(expected, LocationGeneralizer.Generalize(location));

    [Theory]
    [InlineData("outside John Smith's porch at Elm")]
    [InlineData("behind my house")]
    [InlineData("")]
    [InlineData(null)]
    public void Generalize_OtherWording_IsDropped(string? location) =>
        Assert.Equal("", LocationGeneralizer.Generalize(location));

    [Fact]
    public void Round_Coordinate_KeepsThreeDecimals() =>
        Assert.Equal((42.124, -71.654), (LocationGeneralizer.Round(42.12351), LocationGeneralizer.Round(-71.65432)));
}
