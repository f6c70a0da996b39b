using System.Security.Cryptography;
using System.Text;

namespace CityCrm.CaseCore.Incidents;

/// <summary>
/// Groups reports into clusters: per service, reports with a position gather around the report with the most
/// neighbours within the radius; reports left over, and those with only an address, group by street.
/// A group smaller than the minimum is not a cluster. Each report joins at most one cluster.
/// </summary>
public static class IncidentClusters
{
    public static IReadOnlyList<IncidentSuggestion> Find(IEnumerable<Case> reports, double radiusMeters, int minimumCount)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var found = new List<IncidentSuggestion>();
        foreach (var service in reports.GroupBy(c => c.ServiceCode, StringComparer.OrdinalIgnoreCase))
        {
            var left = ByPosition(service.Where(c => c.Point is not null).ToList(), radiusMeters, minimumCount, found);
            ByStreet(left.Concat(service.Where(c => c.Point is null)).ToList(), radiusMeters, minimumCount, found);
        }
        return found.OrderByDescending(s => s.Cases.Count).ThenByDescending(s => s.LastReportedAt).ToList();
    }

    private static List<Case> ByPosition(List<Case> left, double radius, int minimum, List<IncidentSuggestion> found)
    {
        while (left.Count >= minimum)
        {
            var seed = left.MaxBy(c => Near(left, c.Point!.Value, radius).Count())!;
            var members = Near(left, seed.Point!.Value, radius).ToList();
            if (members.Count < minimum)
                break;
            var centre = new GeoPoint(members.Average(c => c.Point!.Value.Latitude), members.Average(c => c.Point!.Value.Longitude));
            // The area reaches the farthest member and a radius beyond the centre, so the next report nearby falls inside.
            var reach = Math.Ceiling(Math.Max(radius, members.Max(c => c.Point!.Value.DistanceMetersTo(centre))) / 10) * 10;
            var streets = members.SelectMany(c => Streets(c.Location)).GroupBy(s => string.Join('|', StreetKey.OfStreets(s)), StringComparer.Ordinal)
                .Select(Commonest).ToList();
            found.Add(Suggest(members, centre, reach, streets, streets.Count > 0 ? $"on {streets[0]}" : $"near {centre}"));
            left.RemoveAll(members.Contains);
        }
        return left;
    }

    private static void ByStreet(List<Case> left, double radius, int minimum, List<IncidentSuggestion> found)
    {
        while (left.Count >= minimum)
        {
            var groups = left.SelectMany(c => StreetKey.Keys(c.Location).Select(k => (Key: k, Case: c)))
                .GroupBy(x => x.Key, StringComparer.Ordinal)
                .Select(g => (Key: g.Key, Members: g.Select(x => x.Case).Distinct().ToList()))
                .OrderByDescending(g => g.Members.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            if (groups.Count == 0 || groups[0].Members.Count < minimum)
                return;
            var (key, members) = groups[0];
            var street = Commonest(members.SelectMany(c => Streets(c.Location)).Where(s => StreetKey.OfStreets(s).Contains(key)).DefaultIfEmpty(key));
            var positioned = members.Where(c => c.Point is not null).ToList();
            GeoPoint? centre = positioned.Count == 0 ? null
                : new GeoPoint(positioned.Average(c => c.Point!.Value.Latitude), positioned.Average(c => c.Point!.Value.Longitude));
            found.Add(Suggest(members, centre, centre is null ? 0 : radius, [street], $"on {street}"));
            left.RemoveAll(members.Contains);
        }
    }

    /// <summary>The way most reports write a street ("Birch Lane" over one "Birch Ln"); the first on a tie.</summary>
    private static string Commonest(IEnumerable<string> forms) =>
        forms.GroupBy(f => f, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;

    private static IEnumerable<Case> Near(List<Case> cases, GeoPoint from, double radius) =>
        cases.Where(c => c.Point!.Value.DistanceMetersTo(from) <= radius);

    /// <summary>The streets of a location as people write them ("Elm St"), without house numbers.</summary>
    private static IEnumerable<string> Streets(string location) =>
        (new LocationParser().TryExtract(location) ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => string.Join(' ', s.Split(' ').SkipWhile(w => w.Length > 0 && char.IsDigit(w[0]) && !char.IsLetter(w[^1]))))
            .Where(s => s.Length > 0);

    private static IncidentSuggestion Suggest(List<Case> members, GeoPoint? centre, double radius, IReadOnlyList<string> streets, string where)
    {
        var references = members.Select(c => c.Reference).Order(StringComparer.Ordinal).ToList();
        var first = members[0];
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(first.ServiceCode + "|" + string.Join(",", references))))[..16];
        return new IncidentSuggestion(key, first.ServiceCode, first.ServiceName, $"{first.ServiceName} {where}", centre, radius, streets,
            references, members.Min(c => c.CreatedAt), members.Max(c => c.CreatedAt));
    }
}
