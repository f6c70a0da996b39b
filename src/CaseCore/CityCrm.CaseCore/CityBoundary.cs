namespace CityCrm.CaseCore;

/// <summary>
/// The city limits as a polygon (configured as <c>Cases:Boundary</c>, a list of [latitude, longitude] corners).
/// A report placed outside is refused with a clear message instead of being sent to a crew that cannot act on it.
/// An empty boundary accepts every valid point.
/// </summary>
public sealed class CityBoundary
{
    private readonly GeoPoint[] corners;

    public CityBoundary(IEnumerable<GeoPoint> polygon)
    {
        ArgumentNullException.ThrowIfNull(polygon);
        corners = polygon.ToArray();
        if (corners.Length is > 0 and < 3)
            throw new ArgumentException("A city boundary needs at least three corners.", nameof(polygon));
        if (corners.Any(c => !c.IsValid))
            throw new ArgumentException("Every corner of the city boundary must be a valid latitude and longitude.", nameof(polygon));
    }

    public static CityBoundary Everywhere { get; } = new([]);

    public IReadOnlyList<GeoPoint> Corners => corners;

    /// <summary>Whether the point lies inside the polygon (ray casting; a point on an edge may fall either way).</summary>
    public bool Contains(GeoPoint point)
    {
        if (!point.IsValid)
            return false;
        if (corners.Length == 0)
            return true;
        var inside = false;
        for (int i = 0, j = corners.Length - 1; i < corners.Length; j = i++)
        {
            var a = corners[i];
            var b = corners[j];
            if ((a.Latitude > point.Latitude) != (b.Latitude > point.Latitude) &&
                point.Longitude < (b.Longitude - a.Longitude) * (point.Latitude - a.Latitude) / (b.Latitude - a.Latitude) + a.Longitude)
                inside = !inside;
        }
        return inside;
    }
}
