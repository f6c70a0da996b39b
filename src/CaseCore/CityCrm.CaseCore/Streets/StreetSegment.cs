namespace CityCrm.CaseCore.Streets;

/// <summary>
/// One stretch of a street's centreline with the house numbers along it, from <see cref="Start"/> (number
/// <see cref="From"/>) to <see cref="End"/> (number <see cref="To"/>).
/// </summary>
public sealed record StreetSegment(int From, int To, GeoPoint Start, GeoPoint End)
{
    /// <summary>Whether the number lies on this stretch.</summary>
    public bool Holds(int number) => number >= Math.Min(From, To) && number <= Math.Max(From, To);

    /// <summary>The number's place on the stretch, by linear interpolation (house numbers are spread evenly).</summary>
    public GeoPoint Locate(int number)
    {
        var t = To == From ? 0.5 : Math.Clamp((double)(number - From) / (To - From), 0, 1);
        return new GeoPoint(Start.Latitude + t * (End.Latitude - Start.Latitude), Start.Longitude + t * (End.Longitude - Start.Longitude));
    }
}
