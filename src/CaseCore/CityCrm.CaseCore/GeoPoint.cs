namespace CityCrm.CaseCore;

/// <summary>A WGS 84 position, as Open311 and shared chat locations give it.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusMeters = 6_371_000;

    public bool IsValid =>
        double.IsFinite(Latitude) && double.IsFinite(Longitude) && Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180;

    /// <summary>Great-circle distance (haversine); plenty for "near the same place" within a city.</summary>
    public double DistanceMetersTo(GeoPoint other)
    {
        var dLat = Radians(other.Latitude - Latitude);
        var dLon = Radians(other.Longitude - Longitude);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(Radians(Latitude)) * Math.Cos(Radians(other.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>The latitude/longitude box that holds every point within <paramref name="meters"/>, for an indexed pre-filter.</summary>
    public GeoBox Around(double meters)
    {
        var dLat = meters / EarthRadiusMeters * 180 / Math.PI;
        var dLon = dLat / Math.Max(0.01, Math.Cos(Radians(Latitude)));
        return new GeoBox(Latitude - dLat, Longitude - dLon, Latitude + dLat, Longitude + dLon);
    }

    public override string ToString() =>
        FormattableString.Invariant($"{Latitude:0.######}, {Longitude:0.######}");

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
