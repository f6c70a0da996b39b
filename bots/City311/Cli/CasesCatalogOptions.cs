using CityCrm.CaseCore;
using CityCrm.CaseCore.Suggestions;

namespace CityCrm.City311.Cli;

/// <summary>
/// The catalogue a <c>cases</c> command ranks against: <c>--catalog</c> (an Open311 services.json/xml or our
/// catalog.json), <c>--definitions</c> (comma-separated Open311 definition files), and the history it learns
/// from: <c>--history</c> and, when <c>--data</c> is given, the host's persisted history in that data folder.
/// </summary>
public static class CasesCatalogOptions
{
    /// <summary>The host's persisted history file within a data folder.</summary>
    public static string PersistedHistory(string dataRoot) => Path.Combine(dataRoot, ServiceHistory.FileName);

    public static string CatalogPath(CliOptions options) =>
        options.Get("--catalog") ?? throw new ArgumentException("--catalog <services.json|catalog.json> is required");

    /// <summary>Loads the catalogue with every history the options name.</summary>
    public static ServiceCatalog Load(CliOptions options) =>
        ServiceCatalog.Load(CatalogPath(options), Definitions(options), History(options));

    public static IReadOnlyList<string> Definitions(CliOptions options) =>
        options.Get("--definitions") is { } list ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    private static List<HistoryEntry> History(CliOptions options)
    {
        var history = new List<HistoryEntry>();
        if (options.Get("--data") is { } data)
            history.AddRange(ServiceHistory.ReadFrom(Path.GetFullPath(data)));
        if (options.Get("--history") is { } file)
            history.AddRange(HistoryFile.Read(file));
        return history;
    }
}
