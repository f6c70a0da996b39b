using CityCrm.Conversations.Outreach;

namespace CityCrm.Conversations.Tests.Outreach;

public sealed class GeoAreaTests
{
    // A square around (-87.63, 41.88) with a square hole in its middle.
    private const string SquareWithHole = """
        {"type":"Polygon","coordinates":[
          [[-87.64,41.87],[-87.62,41.87],[-87.62,41.89],[-87.64,41.89],[-87.64,41.87]],
          [[-87.632,41.878],[-87.628,41.878],[-87.628,41.882],[-87.632,41.882],[-87.632,41.878]]]}
        """;

    [Theory]
    [InlineData(-87.635, 41.875, true)]
    [InlineData(-87.63, 41.88, false)]
    [InlineData(-87.65, 41.88, false)]
    [InlineData(-87.63, 41.895, false)]
    public void Contains_PointsAroundAPolygonWithAHole_InsideOnlyOutsideTheHole(double lon, double lat, bool inside) =>
        Assert.Equal(inside, GeoArea.Parse(SquareWithHole).Contains(new GeoPoint(lon, lat)));

    [Fact]
    public void Contains_ConcaveLShape_NotInTheNotch()
    {
        var area = GeoArea.Parse("""{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[2,0],[2,1],[1,1],[1,2],[0,2],[0,0]]]}}""");

        Assert.True(area.Contains(new GeoPoint(0.5, 1.5)));
        Assert.True(area.Contains(new GeoPoint(1.5, 0.5)));
        Assert.False(area.Contains(new GeoPoint(1.5, 1.5)));
    }

    [Fact]
    public void Parse_MultiPolygon_ContainsPointsOfEitherPart()
    {
        var area = GeoArea.Parse("""{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,6],[5,5]]]]}""");

        Assert.Equal(2, area.PolygonCount);
        Assert.True(area.Contains(new GeoPoint(5.5, 5.5)));
        Assert.False(area.Contains(new GeoPoint(3, 3)));
    }

    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("""{"type":"Point","coordinates":[1,2]}""", "Polygon or MultiPolygon")]
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}""", "four positions")]
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0.5]]]}""", "equal to the first")]
    [InlineData("""{"type":"Polygon","coordinates":[[[41.8,-187.6],[1,0],[1,1],[41.8,-187.6]]]}""", "not on Earth")]
    public void Parse_BadGeoJson_RefusedNamingTheArea(string json, string reason)
    {
        var ex = Assert.Throws<OutreachValidationException>(() => GeoArea.Parse(json));

        Assert.Equal("rules.area", ex.Field);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }
}
