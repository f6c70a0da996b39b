using CityCrm.CaseCore.Suggestions;

namespace CityCrm.City311.Cli;

/// <summary>
/// <c>cases import-history</c>: appends past closed cases (description + final service code, JSON lines or CSV)
/// to the data folder's persisted history, which the host and <c>--data</c> read at start. Entries whose code
/// the catalogue lacks are skipped and counted. Prints <c>{"imported": n, "skipped": m, "file": ...}</c>.
/// </summary>
public static class CasesImportHistoryCommand
{
    public static async Task<int> RunAsync(CliOptions options, TextWriter stdout, CancellationToken cancellationToken)
    {
        var historyPath = options.Get("--history") ?? throw new ArgumentException("--history <file> is required");
        var catalog = CaseCore.ServiceCatalog.Load(CasesCatalogOptions.CatalogPath(options), CasesCatalogOptions.Definitions(options), null);
        var entries = HistoryFile.Read(historyPath);
        var known = entries.Where(e => catalog.Find(e.Code) is not null).Select(e => e with { Code = catalog.Find(e.Code)!.Code }).ToList();
        var target = CasesCatalogOptions.PersistedHistory(options.Data().Root);
        HistoryFile.Append(target, known);
        var line = System.Text.Json.JsonSerializer.Serialize(new { imported = known.Count, skipped = entries.Count - known.Count, file = target });
        await stdout.WriteLineAsync(line.AsMemory(), cancellationToken);
        return 0;
    }
}
