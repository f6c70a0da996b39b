using CityCrm.CaseCore.Incidents;

namespace CityCrm.CaseCore.Tests.Incidents;

public sealed class IncidentAreaTests
{
    private static readonly GeoPoint ElmAndMain = new(42.3601, -71.0589);

    [Theory]
    [InlineData("12 Elm St", true)]
    [InlineData("elm street", true)]
    [InlineData("the corner of Elm Street and 3rd Ave", true)]
    [InlineData("450 Oak Ave", false)]
    [InlineData("Elm Avenue", false)]
    public void Covers_StreetArea_MatchesTheSameStreetInAnyForm(string location, bool expected) =>
        Assert.Equal(expected, new IncidentArea(null, 0, ["Elm St"]).Covers(null, location));

    [Fact]
    public void Covers_CircleArea_PointInsideAndOutside()
    {
        var area = new IncidentArea(ElmAndMain, 300, []);

        Assert.True(area.Covers(new GeoPoint(42.3610, -71.0589), null));   // about 100 m north
        Assert.False(area.Covers(new GeoPoint(42.3700, -71.0589), null));  // about 1.1 km north
    }

    [Fact]
    public void Covers_NoPlaceGiven_IsCovered() =>
        Assert.True(new IncidentArea(ElmAndMain, 300, ["Elm St"]).Covers(null, "somewhere near the library"));

    [Fact]
    public void Covers_StreetOnlyLocationAgainstCircleOnlyArea_IsNotCovered() =>
        Assert.False(new IncidentArea(ElmAndMain, 300, []).Covers(null, "12 Oak Ave"));

    [Fact]
    public void Check_BadRadiusAndCentre_ListsBothProblems()
    {
        var problems = new List<CaseProblem>();

        IncidentArea.Check(new IncidentArea(new GeoPoint(95, 0), -5, []), problems);

        Assert.Equal(["area.centre", "area.radiusMeters"], problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData("12 Elm St", "elm street")]
    [InlineData("ELM STREET", "elm street")]
    [InlineData("450 21st Ave", "21st avenue")]
    public void StreetKey_Forms_GiveOneKey(string location, string key) =>
        Assert.Equal([key], StreetKey.Keys(location));
}
