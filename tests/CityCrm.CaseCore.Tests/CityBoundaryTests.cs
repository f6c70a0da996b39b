namespace CityCrm.CaseCore.Tests;

public sealed class CityBoundaryTests
{
    // An L-shaped city, so a point in the bounding box but outside the polygon is tested too.
    private static readonly CityBoundary City = new([
        new(42.30, -71.10), new(42.40, -71.10), new(42.40, -71.05), new(42.35, -71.05), new(42.35, -71.00), new(42.30, -71.00),
    ]);

    [Theory]
    [InlineData(42.32, -71.02, true)]
    [InlineData(42.38, -71.08, true)]
    [InlineData(42.38, -71.02, false)]
    [InlineData(42.20, -71.05, false)]
    [InlineData(95.0, -71.05, false)]
    public void Contains_Point_MatchesThePolygon(double lat, double lon, bool inside) =>
        Assert.Equal(inside, City.Contains(new GeoPoint(lat, lon)));

    [Fact]
    public void Everywhere_AnyValidPoint_IsInside()
    {
        Assert.True(CityBoundary.Everywhere.Contains(new GeoPoint(-33.86, 151.2)));
        Assert.False(CityBoundary.Everywhere.Contains(new GeoPoint(double.NaN, 0)));
    }

    [Fact]
    public void Constructor_TwoCorners_Throws() =>
        Assert.Throws<ArgumentException>(() => new CityBoundary([new(1, 1), new(2, 2)]));

    [Fact]
    public void DistanceMetersTo_OneThousandthOfADegreeNorth_IsAbout111Meters() =>
        Assert.InRange(new GeoPoint(42.36, -71.06).DistanceMetersTo(new GeoPoint(42.361, -71.06)), 110.5, 111.8);

    [Fact]
    public void Around_Radius_BoxHoldsPointsAtThatDistanceInEveryDirection()
    {
        var here = new GeoPoint(42.36, -71.06);
        var box = here.Around(200);

        Assert.True(box.Contains(new GeoPoint(42.3617, -71.06)));
        Assert.True(box.Contains(new GeoPoint(42.36, -71.0577)));
        Assert.False(box.Contains(new GeoPoint(42.3625, -71.06)));
    }
}
