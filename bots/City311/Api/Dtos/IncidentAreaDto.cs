using CityCrm.CaseCore;
using CityCrm.CaseCore.Incidents;

namespace CityCrm.City311.Api.Dtos;

/// <summary>Where an incident is: a centre (latitude, longitude) with a radius in metres, streets, or both; empty for the whole city.</summary>
public sealed record IncidentAreaDto(double? Latitude, double? Longitude, double? RadiusMeters, IReadOnlyList<string>? Streets)
{
    /// <summary>The area, or null with the problem when only one coordinate is given.</summary>
    public IncidentArea? ToArea(out string? problem)
    {
        problem = null;
        if (Latitude.HasValue != Longitude.HasValue)
        {
            problem = "Give both the latitude and the longitude of the centre, or neither.";
            return null;
        }
        var centre = Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : (GeoPoint?)null;
        return new IncidentArea(centre, RadiusMeters ?? 0, Streets ?? []);
    }

    public static IncidentAreaDto From(IncidentArea area) =>
        new(area.Centre?.Latitude, area.Centre?.Longitude, area.Centre is null ? null : area.RadiusMeters, area.Streets);
}
