namespace CityCrm.CaseCore.Streets;

/// <summary>
/// Where streets meet, found once from their geometry: two stretches that cross or touch (a T-junction) give the
/// streets' crossing point. Streets whose bounding boxes do not overlap are never compared.
/// </summary>
internal static class StreetCrossings
{
    private const double Tolerance = 1e-9;

    public static Dictionary<(int, int), GeoPoint> Find(IReadOnlyList<Street> streets)
    {
        var boxes = streets.Select(Box).ToArray();
        var found = new Dictionary<(int, int), GeoPoint>();
        for (var a = 0; a < streets.Count; a++)
        {
            for (var b = a + 1; b < streets.Count; b++)
            {
                if (!Overlap(boxes[a], boxes[b]) || First(streets[a], streets[b]) is not { } point)
                    continue;
                found[(a, b)] = point;
                found[(b, a)] = point;
            }
        }
        return found;
    }

    private static GeoPoint? First(Street a, Street b)
    {
        foreach (var s in a.Segments)
        {
            foreach (var t in b.Segments)
            {
                if (Intersect(s, t) is { } point)
                    return point;
            }
        }
        return null;
    }

    // Longitude as x and latitude as y: within a city the plane is close enough for "do these lines meet".
    private static GeoPoint? Intersect(StreetSegment s, StreetSegment t)
    {
        double x1 = s.Start.Longitude, y1 = s.Start.Latitude, x2 = s.End.Longitude, y2 = s.End.Latitude;
        double x3 = t.Start.Longitude, y3 = t.Start.Latitude, x4 = t.End.Longitude, y4 = t.End.Latitude;
        var d = (x2 - x1) * (y4 - y3) - (y2 - y1) * (x4 - x3);
        if (Math.Abs(d) < Tolerance * Tolerance)
            return null;
        var u = ((x3 - x1) * (y4 - y3) - (y3 - y1) * (x4 - x3)) / d;
        var v = ((x3 - x1) * (y2 - y1) - (y3 - y1) * (x2 - x1)) / d;
        const double edge = 1e-6;
        return u is >= -edge and <= 1 + edge && v is >= -edge and <= 1 + edge
            ? new GeoPoint(Math.Round(y1 + u * (y2 - y1), 7), Math.Round(x1 + u * (x2 - x1), 7))
            : null;
    }

    private static GeoBox Box(Street street) => street.Segments.Count == 0
        ? new GeoBox(0, 0, -1, -1)
        : new GeoBox(
            street.Segments.Min(s => Math.Min(s.Start.Latitude, s.End.Latitude)), street.Segments.Min(s => Math.Min(s.Start.Longitude, s.End.Longitude)),
            street.Segments.Max(s => Math.Max(s.Start.Latitude, s.End.Latitude)), street.Segments.Max(s => Math.Max(s.Start.Longitude, s.End.Longitude)));

    private static bool Overlap(GeoBox a, GeoBox b) =>
        a.MinLatitude <= b.MaxLatitude + Tolerance && b.MinLatitude <= a.MaxLatitude + Tolerance
        && a.MinLongitude <= b.MaxLongitude + Tolerance && b.MinLongitude <= a.MaxLongitude + Tolerance;
}
