using System.Globalization;
using System.Text.Json;
using CityCrm.Channels.Schema;

namespace CityCrm.Channels.Meta.Inbound;

/// <summary>
/// A location the resident shared: a "location" entity for tools that want the coordinates, and a line of text
/// ("City Hall, 100 Main St (41.87810, -87.62980)") that the report dialog takes as the request's location.
/// </summary>
public static class MetaLocation
{
    public static Entity Entity(double latitude, double longitude, string? name, string? address) => new()
    {
        Type = MetaEventNames.LocationEntity,
        Properties = new()
        {
            ["latitude"] = JsonSerializer.SerializeToElement(latitude),
            ["longitude"] = JsonSerializer.SerializeToElement(longitude),
            ["name"] = JsonSerializer.SerializeToElement(name),
            ["address"] = JsonSerializer.SerializeToElement(address),
        },
    };

    public static string Text(double latitude, double longitude, string? name, string? address)
    {
        var place = string.Join(", ", new[] { name, address }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()));
        var coordinates = string.Create(CultureInfo.InvariantCulture, $"({latitude:0.00000}, {longitude:0.00000})");
        return place.Length == 0 ? $"Location {coordinates}" : $"{place} {coordinates}";
    }
}
