using System.Text.Json;

namespace CityCrm.CaseCore.Streets;

/// <summary>
/// The city's streets, read once at start from a JSON file (<see cref="Load"/>; format in docs/gazetteer.md), indexed by
/// every name they go by ("elm street", "elm st", "elm") and with the points where they meet worked out in advance.
/// </summary>
public sealed class StreetGazetteer
{
    private readonly Dictionary<string, List<int>> byFullName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<(int, int), GeoPoint> crossings;

    public StreetGazetteer(IEnumerable<Street> streets, string? city = null)
    {
        ArgumentNullException.ThrowIfNull(streets);
        City = string.IsNullOrWhiteSpace(city) ? null : city.Trim();
        Streets = streets.ToList();
        for (var i = 0; i < Streets.Count; i++)
        {
            var street = Streets[i];
            if (string.IsNullOrWhiteSpace(street.Name))
                throw new ArgumentException($"Street {i + 1} has no name.", nameof(streets));
            if (street.Segments.Any(s => !s.Start.IsValid || !s.End.IsValid))
                throw new ArgumentException($"{street.FullName}: every block needs a valid start and end [latitude, longitude].", nameof(streets));
            foreach (var key in street.Aliases.Prepend(street.FullName).Select(StreetText.Key).Distinct())
                Add(byFullName, key, i);
            Add(byName, StreetText.Key(street.Name), i);
        }
        Keys = [.. byFullName.Keys.Concat(byName.Keys).Distinct()];
        crossings = StreetCrossings.Find(Streets);
    }

    public static StreetGazetteer Empty { get; } = new([]);

    public IReadOnlyList<Street> Streets { get; }

    /// <summary>The city's name as the file gives it (addresses elsewhere are not placed on these streets); null when not given.</summary>
    public string? City { get; }

    /// <summary>Every lookup key, full names and bare names, for approximate matching.</summary>
    internal IReadOnlyList<string> Keys { get; }

    /// <summary>Streets whose full name or alias is exactly <paramref name="key"/> ("elm street").</summary>
    internal IReadOnlyList<int> WithFullName(string key) => byFullName.TryGetValue(key, out var found) ? found : [];

    /// <summary>Streets whose name without its type is exactly <paramref name="key"/> ("oak": Oak Street and Oak Avenue).</summary>
    internal IReadOnlyList<int> WithName(string key) => byName.TryGetValue(key, out var found) ? found : [];

    /// <summary>Streets known by <paramref name="key"/> in either form.</summary>
    internal IEnumerable<int> Known(string key) => WithFullName(key).Concat(WithName(key)).Distinct();

    /// <summary>The point where two streets meet, or null when they never do.</summary>
    public GeoPoint? Crossing(Street a, Street b)
    {
        var i = IndexOf(a);
        var j = IndexOf(b);
        return i >= 0 && j >= 0 && crossings.TryGetValue((i, j), out var point) ? point : null;
    }

    internal GeoPoint? Crossing(int a, int b) => crossings.TryGetValue((a, b), out var point) ? point : null;

    /// <summary>Reads the gazetteer file; a missing file gives an empty gazetteer (every place is accepted as typed).</summary>
    public static StreetGazetteer Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
            return Empty;
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<GazetteerFile>(stream)
            ?? throw new InvalidDataException($"The street gazetteer {path} is empty.");
        return new StreetGazetteer(file.Streets.Select(s => new Street(
            s.Name?.Trim() ?? "", s.Type?.Trim() ?? "", s.Aliases,
            s.Segments.Select(g => new StreetSegment(g.From, g.To, Point(g.Start, s.Name), Point(g.End, s.Name))).ToList())), file.City);
    }

    private int IndexOf(Street street)
    {
        for (var i = 0; i < Streets.Count; i++)
        {
            if (ReferenceEquals(Streets[i], street))
                return i;
        }
        return -1;
    }

    private static GeoPoint Point(double[]? corner, string? street) => corner is { Length: 2 }
        ? new GeoPoint(corner[0], corner[1])
        : throw new InvalidDataException($"{street}: each block's start and end must be [latitude, longitude].");

    private static void Add(Dictionary<string, List<int>> index, string key, int street)
    {
        if (key.Length == 0)
            return;
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        if (!list.Contains(street))
            list.Add(street);
    }
}
