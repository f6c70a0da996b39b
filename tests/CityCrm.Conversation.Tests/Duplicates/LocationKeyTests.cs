using CityCrm.CaseCore.Duplicates;

namespace CityCrm.Conversations.Tests.Duplicates;

public sealed class LocationKeyTests
{
    [Theory]
    [InlineData("12 Elm St.", "12 elm street")]
    [InlineData("Oak Ave & 3rd St", "3rd Street and Oak Avenue")]
    [InlineData("Riverton City Hall, 100 Main St (42.36010, -71.05890)", "riverton city hall 100 main street")]
    public void For_SamePlaceWrittenDifferently_SameKey(string a, string b) =>
        Assert.Equal(LocationKey.For(a), LocationKey.For(b));

    [Theory]
    [InlineData("12 Elm Street", "14 Elm Street")]
    [InlineData("Oak Ave & 3rd St", "Oak Ave & 4th St")]
    public void For_DifferentPlaces_DifferentKeys(string a, string b) =>
        Assert.NotEqual(LocationKey.For(a), LocationKey.For(b));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("12")]
    [InlineData("(42.36010, -71.05890)")]
    public void For_NoStreetName_Null(string location) => Assert.Null(LocationKey.For(location));
}
