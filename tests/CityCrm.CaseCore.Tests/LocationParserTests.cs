namespace CityCrm.CaseCore.Tests;

public sealed class LocationParserTests
{
    private readonly LocationParser parser = new();

    [Theory]
    [InlineData("there is a pothole on Elm Street", "Elm Street")]
    [InlineData("the light at 12 Main St is out", "12 Main St")]
    [InlineData("corner of Oak Ave and 3rd Street", "Oak Ave & 3rd Street")]
    [InlineData("near 450 River Road", "450 River Road")]
    [InlineData("there is a pothole on elm street", "Elm Street")]
    [InlineData("the streetlight on 5th ave is out", "5th Ave")]
    [InlineData("GRAFFITI ON MAIN ST", "Main St")]
    [InlineData("Broken sidewalk at 1200 Martin Luther King Blvd.", "1200 Martin Luther King Blvd")]
    [InlineData("trash everywhere on St. Paul Street", "St Paul Street")]
    [InlineData("the traffic light at Main St & Elm Ave is stuck", "Main St & Elm Ave")]
    [InlineData("intersection of Washington Blvd and Broadway", "Washington Blvd & Broadway")]
    [InlineData("at the corner of Oak and Elm", "Oak & Elm")]
    [InlineData("at the corner of pine and 2nd st", "Pine & 2nd St")]
    [InlineData("the traffic light at Main and 3rd is stuck on red", "Main & 3rd")]
    [InlineData("dead deer on Highway 9 near the bridge", "Highway 9")]
    [InlineData("cars drive way too fast on Lakeview Dr", "Lakeview Dr")]
    [InlineData("water leak in front of 77B Cedar Lane, next to the school", "77B Cedar Lane")]
    [InlineData("Huge pothole Riverside Parkway", "Riverside Parkway")]
    [InlineData("tree down on north River Road by the way", "North River Road")]
    [InlineData("blocked drain at 5 Court St", "5 Court St")]
    [InlineData("Rats at 3 McKinley Terrace.", "3 McKinley Terrace")]
    public void TryExtract_TextWithLocation_ReturnsNormalizedLocation(string text, string expected) =>
        Assert.Equal(expected, parser.TryExtract(text));

    [Theory]
    [InlineData("there is a pothole")]
    [InlineData("")]
    [InlineData("the street light is out")]
    [InlineData("my trash was not picked up on the street")]
    [InlineData("by the way, the park is a mess")]
    [InlineData("on my way home I saw graffiti")]
    [InlineData("somewhere downtown")]
    [InlineData("I was at home and saw it")]
    public void TryExtract_TextWithoutLocation_ReturnsNull(string text) =>
        Assert.Null(parser.TryExtract(text));

    [Fact]
    public void TryExtract_SentenceEndsAfterStreet_DoesNotJoinNextSentence() =>
        Assert.Equal("Elm Street", parser.TryExtract("Pothole on Elm Street. And Broadway is fine."));
}
