using System.Text.Json;
using System.Xml;
using CityCrm.CaseCore.Catalog;
using CityCrm.CaseCore.Suggestions;

namespace CityCrm.CaseCore;

/// <summary>
/// The city's service catalogue: the city's own <c>catalog.json</c> (code, name, department, description,
/// keywords, group, Open311 attributes, target resolution, calendar) or a real Open311 service list with its
/// definitions, and the <see cref="ServiceRanker"/> that suggests services for residents' free text.
/// </summary>
public sealed class ServiceCatalog : IServiceCatalog
{
    private readonly Dictionary<string, ServiceDefinition> byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly LearnedHistory learned = new();
    private readonly SemaphoreSlim rebuild = new(1, 1);
    private volatile ServiceRanker ranker;
    private long rankerVersion;

    public ServiceCatalog(IEnumerable<ServiceDefinition> services)
        : this(services, null)
    {
    }

    /// <summary>A catalogue whose suggestions also learn from past closed cases (<paramref name="history"/>).</summary>
    public ServiceCatalog(IEnumerable<ServiceDefinition> services, IEnumerable<HistoryEntry>? history)
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
        learned.Add(history ?? []);
        (var entries, rankerVersion) = learned.Snapshot();
        ranker = new ServiceRanker(list, entries);
    }

    public IReadOnlyList<ServiceDefinition> Services { get; }

    /// <summary>The ranker behind <see cref="Suggest"/>, the same one the <c>cases</c> command line uses.</summary>
    public ServiceRanker Ranker => ranker;

    /// <summary>
    /// Learns from more closed cases while the service runs: the ranker is rebuilt with them (each service keeps its
    /// newest <see cref="LearnedHistory.DefaultPerService"/> descriptions) and replaces the current one, so
    /// suggestions never wait for a rebuild. Calls made during a rebuild are folded into the next one.
    /// </summary>
    public async Task LearnAsync(IEnumerable<HistoryEntry> entries, CancellationToken cancellationToken)
    {
        if (learned.Add(entries) == 0)
            return;
        await rebuild.WaitAsync(cancellationToken);
        try
        {
            var (snapshot, version) = learned.Snapshot();
            if (version == rankerVersion)
                return;
            ranker = new ServiceRanker(Services, snapshot);
            rankerVersion = version;
        }
        finally
        {
            rebuild.Release();
        }
    }

    /// <summary>Reads a catalogue file; a missing or malformed file fails start-up with the path in the message.</summary>
    public static ServiceCatalog Load(string path) => Load(path, null, null);

    /// <summary>
    /// Reads our <c>catalog.json</c>, or an Open311 <c>services.json</c>/<c>services.xml</c> (told apart by content)
    /// with optional Open311 <paramref name="definitions"/> files, and learns from <paramref name="history"/>.
    /// </summary>
    public static ServiceCatalog Load(string path, IEnumerable<string>? definitions, IEnumerable<HistoryEntry>? history)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Service catalogue not found: {path}", path);
        try
        {
            var text = File.ReadAllText(path);
            var open311 = text.TrimStart().StartsWith('<') || text.Contains("\"service_code\"", StringComparison.Ordinal);
            var services = open311 ? Open311CatalogReader.Read(path, definitions) : ReadOwn(text);
            return new ServiceCatalog(services, history);
        }
        catch (Exception e) when (e is JsonException or XmlException)
        {
            throw new InvalidDataException($"Service catalogue {path} is not valid: {e.Message}", e);
        }
    }

    /// <summary>Parses the city's own catalogue format.</summary>
    public static ServiceCatalog Parse(string json) => new(ReadOwn(json));

    private static IReadOnlyList<ServiceDefinition> ReadOwn(string json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return CatalogJsonReader.Read(doc.RootElement);
    }

    public ServiceDefinition? Find(string code) =>
        code is not null && byCode.TryGetValue(code.Trim(), out var s) ? s : null;

    /// <summary>The best service for the text, or null when nothing fits: the first of <see cref="Suggest"/>.</summary>
    public ServiceMatch? Classify(string text) => Suggest(text, 1) is [var best, ..] ? best : null;

    /// <summary>
    /// Services ranked by <see cref="ServiceRanker"/>. Each score is e/(e+2) * e/(e+o), where e is the service's
    /// evidence and o the best evidence among the others, so a lone clear match scores high and near-ties score low.
    /// </summary>
    public IReadOnlyList<ServiceMatch> Suggest(string text, int top) => Ranker.Rank(text, top);
}
