using System.Text.Json;

namespace CityCrm.Conversations.Outreach;

/// <summary>
/// An area drawn on a map: one or more polygons, each an outer ring with optional holes, read from GeoJSON (a
/// Polygon, a MultiPolygon, or a Feature holding one). A point on the boundary counts as inside only by the
/// even-odd rule's chance, which is fine for streets drawn around, never along, a boundary.
/// </summary>
public sealed class GeoArea
{
    private readonly List<List<GeoPoint[]>> polygons;

    private GeoArea(List<List<GeoPoint[]>> polygons) => this.polygons = polygons;

    /// <summary>How many polygons the area has.</summary>
    public int PolygonCount => polygons.Count;

    /// <summary>Reads GeoJSON text; throws <see cref="OutreachValidationException"/> (field <c>rules.area</c>) saying what is wrong.</summary>
    public static GeoArea Parse(string geoJson)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(geoJson);
        }
        catch (JsonException ex)
        {
            throw Invalid($"The area is not JSON: {ex.Message}");
        }
        using (document)
        {
            var geometry = document.RootElement;
            if (Type(geometry) == "Feature")
                geometry = geometry.TryGetProperty("geometry", out var g) ? g : throw Invalid("The feature has no geometry.");
            if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
                throw Invalid("The area needs GeoJSON coordinates.");
            return Type(geometry) switch
            {
                "Polygon" => new GeoArea([Polygon(coordinates)]),
                "MultiPolygon" => new GeoArea([.. coordinates.EnumerateArray().Select(Polygon)]),
                var t => throw Invalid($"The area must be a GeoJSON Polygon or MultiPolygon, not {t ?? "untyped"}."),
            };
        }
    }

    /// <summary>True when the point lies inside an outer ring of the area and in none of that polygon's holes.</summary>
    public bool Contains(GeoPoint point) =>
        polygons.Any(rings => Inside(rings[0], point) && !rings.Skip(1).Any(hole => Inside(hole, point)));

    // Even-odd ray casting towards increasing longitude.
    private static bool Inside(GeoPoint[] ring, GeoPoint p)
    {
        var inside = false;
        for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
        {
            var (a, b) = (ring[i], ring[j]);
            if ((a.Latitude > p.Latitude) != (b.Latitude > p.Latitude)
                && p.Longitude < (b.Longitude - a.Longitude) * (p.Latitude - a.Latitude) / (b.Latitude - a.Latitude) + a.Longitude)
                inside = !inside;
        }
        return inside;
    }

    private static List<GeoPoint[]> Polygon(JsonElement rings)
    {
        if (rings.ValueKind != JsonValueKind.Array || rings.GetArrayLength() == 0)
            throw Invalid("A polygon needs at least its outer ring.");
        return [.. rings.EnumerateArray().Select(Ring)];
    }

    private static GeoPoint[] Ring(JsonElement ring)
    {
        if (ring.ValueKind != JsonValueKind.Array)
            throw Invalid("A ring is a list of [longitude, latitude] positions.");
        var points = ring.EnumerateArray().Select(Position).ToArray();
        if (points.Length < 4 || points[0] != points[^1])
            throw Invalid("A ring needs at least four positions, the last equal to the first.");
        return points;
    }

    private static GeoPoint Position(JsonElement position)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
            || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
            throw Invalid("A position is [longitude, latitude].");
        var (lon, lat) = (position[0].GetDouble(), position[1].GetDouble());
        if (lon is < -180 or > 180 || lat is < -90 or > 90)
            throw Invalid($"[{lon}, {lat}] is not on Earth: longitude comes first, within -180..180, latitude within -90..90.");
        return new GeoPoint(lon, lat);
    }

    private static string? Type(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;

    private static OutreachValidationException Invalid(string message) => new("rules.area", message);
}
