using System.Text.RegularExpressions;

namespace CityCrm.CaseCore;

/// <summary>
/// Where a case was, told without saying whose door it was, for cases kept after their personal data is removed: a
/// house number becomes its block ("123 Elm St" is "100 block of Elm St"), an intersection stays, any other wording
/// (which may name a person or a house) is dropped, and coordinates keep three decimals (about 100 m).
/// </summary>
public static partial class LocationGeneralizer
{
    private const string Side = @"(?:[A-Za-z0-9.]+(?:\s+[A-Za-z0-9.]+){0,3}\s+(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|ct|court|pl|place|pkwy|parkway|hwy|highway|ter|terrace)\.?|[A-Za-z0-9.]+)";

    /// <summary>Decimals kept of a latitude or longitude.</summary>
    public const int Decimals = 3;

    /// <summary>The block-level form of <paramref name="location"/>; empty when no street can be said safely.</summary>
    public static string Generalize(string? location)
    {
        if (string.IsNullOrWhiteSpace(location))
            return "";
        var street = Numbered().Match(location);
        if (street.Success && long.TryParse(street.Groups["number"].Value, out var number))
            return $"{number / 100 * 100} block of {street.Groups["street"].Value.Trim()}";
        var corner = Intersection().Match(location);
        return corner.Success ? $"{corner.Groups["a"].Value.Trim()} & {corner.Groups["b"].Value.Trim()}" : "";
    }

    /// <summary>A coordinate rounded to <see cref="Decimals"/> places.</summary>
    public static double Round(double degrees) => Math.Round(degrees, Decimals, MidpointRounding.AwayFromZero);

    // A house number and its street; what follows (a unit, "near the red door", the city) is dropped.
    [GeneratedRegex(@"^\s*(?<number>\d{1,7})[A-Za-z]?\s+(?<street>" + Side + @")(?:\b.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    // Two street names and nothing else ("Elm St and Main St", "Elm & Main"): each side one word or words ending in a
    // street type, so "John's porch at Elm" is not taken for a corner.
    [GeneratedRegex(@"^\s*(?:(?:the\s+)?corner\s+of\s+)?(?<a>" + Side + @")\s+(?:and|&|at|/)\s+(?<b>" + Side + @")\s*(?:,.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Intersection();
}
