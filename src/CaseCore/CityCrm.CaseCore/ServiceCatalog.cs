using System.Text.Json;

namespace CityCrm.CaseCore;

/// <summary>
/// The city's service catalogue, loaded from a JSON file
/// (<c>[{ "code", "name", "department", "description", "keywords": [...] }]</c>), with a keyword
/// classifier for residents' free-text reports.
/// </summary>
public sealed class ServiceCatalog : IServiceCatalog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<string, ServiceDefinition> byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly KeywordMatcher matcher;

    public ServiceCatalog(IEnumerable<ServiceDefinition> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var list = new List<ServiceDefinition>();
        foreach (var s in services)
        {
            if (string.IsNullOrWhiteSpace(s.Code) || string.IsNullOrWhiteSpace(s.Name) || string.IsNullOrWhiteSpace(s.Department))
                throw new ArgumentException($"Service '{s.Code}' needs a code, a name and a department.", nameof(services));
            // A catalogue file may leave "keywords" out; the name and code still classify.
            var service = s with { Keywords = s.Keywords ?? [] };
            if (!byCode.TryAdd(service.Code, service))
                throw new ArgumentException($"Service code '{service.Code}' appears twice in the catalogue.", nameof(services));
            list.Add(service);
        }
        Services = list;
        matcher = new KeywordMatcher(list);
    }

    public IReadOnlyList<ServiceDefinition> Services { get; }

    /// <summary>Reads a catalogue file; a missing or malformed file fails start-up with the path in the message.</summary>
    public static ServiceCatalog Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Service catalogue not found: {path}", path);
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Service catalogue {path} is not valid JSON: {e.Message}", e);
        }
    }

    public static ServiceCatalog Parse(string json) =>
        new(JsonSerializer.Deserialize<List<ServiceDefinition>>(json, Json) ?? []);

    public ServiceDefinition? Find(string code) =>
        code is not null && byCode.TryGetValue(code.Trim(), out var s) ? s : null;

    /// <summary>
    /// The best service for the text, or null when no keyword matches. The score grows with the
    /// weight of the matched keywords (multi-word keywords weigh more) and shrinks when another
    /// service matches nearly as well: one clear keyword gives about 0.67, a tie between two services 0.33 or less.
    /// </summary>
    public ServiceMatch? Classify(string text) => Suggest(text, 1) is [var best, ..] ? best : null;

    /// <summary>
    /// Services ranked by keyword weight. Each score is w/(w+0.5) * w/(w+o), where o is the best weight among the
    /// other services, so a lone clear match scores high and near-ties score low.
    /// </summary>
    public IReadOnlyList<ServiceMatch> Suggest(string text, int top)
    {
        if (string.IsNullOrWhiteSpace(text) || top <= 0)
            return [];
        var scores = matcher.Score(text);
        if (scores.Count == 0)
            return [];
        // Residents name the problem before the place ("a branch hanging over the sidewalk"), so a tie goes
        // to the service mentioned first, then to catalogue order.
        var ranked = scores.OrderByDescending(kv => kv.Value.Weight).ThenBy(kv => kv.Value.First).ThenBy(kv => kv.Key).ToList();
        var best = ranked[0].Value.Weight;
        var second = ranked.Count > 1 ? ranked[1].Value.Weight : 0;
        return ranked.Take(top).Select((kv, i) =>
        {
            var w = kv.Value.Weight;
            var other = i == 0 ? second : best;
            return new ServiceMatch(Services[kv.Key], Math.Round(w / (w + 0.5) * (w / (w + other)), 3));
        }).ToList();
    }
}
