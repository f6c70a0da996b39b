using System.Text.Json;
using CityCrm.CaseCore;
using CityCrm.Channels.Schema;

namespace CityCrm.Conversations.Bot.Intake;

/// <summary>
/// A position the resident shared, as each channel carries it: WhatsApp, Messenger and Telegram as a "location"
/// entity (latitude, longitude); Web Chat over Direct Line as a schema.org "GeoCoordinates" entity or a "Place"
/// whose "geo" holds one.
/// </summary>
public static class SharedLocation
{
    /// <summary>The first position among the activity's entities, or null.</summary>
    public static GeoPoint? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        foreach (var entity in activity.Entities ?? [])
        {
            var properties = entity.Properties;
            if (properties is null)
                continue;
            if (entity.Type is not null && entity.Type.Equals("Place", StringComparison.OrdinalIgnoreCase)
                && properties.TryGetValue("geo", out var geo) && geo.ValueKind == JsonValueKind.Object
                && Read(geo, "latitude", "longitude") is { } place)
                return place;
            if (entity.Type is "location" or "GeoCoordinates" or "geo" && Read(properties, "latitude", "longitude") is { } point)
                return point;
        }
        return null;
    }

    private static GeoPoint? Read(JsonElement element, string latitude, string longitude) =>
        element.TryGetProperty(latitude, out var lat) && element.TryGetProperty(longitude, out var lon)
            ? Point(lat, lon)
            : null;

    private static GeoPoint? Read(Dictionary<string, JsonElement> properties, string latitude, string longitude) =>
        properties.TryGetValue(latitude, out var lat) && properties.TryGetValue(longitude, out var lon)
            ? Point(lat, lon)
            : null;

    private static GeoPoint? Point(JsonElement lat, JsonElement lon) =>
        Number(lat) is { } a && Number(lon) is { } b && new GeoPoint(a, b) is { IsValid: true } p ? p : null;

    private static double? Number(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.String when double.TryParse(value.GetString(), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };
}
