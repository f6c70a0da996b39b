using CityCrm.CaseCore;

namespace CityCrm.CaseCore.Incidents;

/// <summary>
/// Where an incident is: a circle (centre and radius in metres), named streets, or both. An area with neither covers
/// the whole city (a service-wide event such as a storm's delayed collections).
/// </summary>
public sealed record IncidentArea(GeoPoint? Centre, double RadiusMeters, IReadOnlyList<string> Streets)
{
    public const double MaxRadiusMeters = 20_000;

    public static IncidentArea Citywide { get; } = new(null, 0, []);

    public bool IsCitywide => Centre is null && Streets.Count == 0;

    /// <summary>
    /// Whether a place lies in the area. Only a position or a named street counts as a place; with neither (a
    /// question that names no place), anything is covered. A place that can be compared and is outside is not.
    /// </summary>
    public bool Covers(GeoPoint? point, string? location)
    {
        if (IsCitywide)
            return true;
        var keys = StreetKey.Keys(location);
        if (point is null && keys.Count == 0)
            return true;
        if (point is { } p && Centre is { } c && p.DistanceMetersTo(c) <= RadiusMeters)
            return true;
        return keys.Any(k => Streets.SelectMany(StreetKey.OfStreets).Any(s => StreetKey.Same(k, s)));
    }

    /// <summary>The area with every problem named: a valid centre inside the radius limit, streets that name a street.</summary>
    public static IncidentArea Check(IncidentArea? area, List<CaseProblem> problems)
    {
        if (area is null)
            return Citywide;
        var streets = (area.Streets ?? []).Select(s => s?.Trim() ?? "").Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (streets.Any(s => s.Length > CaseService.MaxLocationLength || StreetKey.OfStreets(s).Count == 0))
            problems.Add(new("area.streets", "invalid", "Each street must be a street name of at most 200 characters, such as \"Elm St\"."));
        if (area.Centre is { } centre)
        {
            if (!centre.IsValid)
                problems.Add(new("area.centre", "invalid", "The latitude must lie between -90 and 90 and the longitude between -180 and 180."));
            if (!double.IsFinite(area.RadiusMeters) || area.RadiusMeters <= 0 || area.RadiusMeters > MaxRadiusMeters)
                problems.Add(new("area.radiusMeters", "invalid", $"The radius must be more than 0 and at most {MaxRadiusMeters:0} metres."));
        }
        return area with { RadiusMeters = area.Centre is null ? 0 : area.RadiusMeters, Streets = streets };
    }
}
