namespace CityCrm.CaseCore.Suggestions;

/// <summary>Where the host keeps the history it learns from: one JSON lines file in its data folder.</summary>
public static class ServiceHistory
{
    /// <summary>The file name within the data folder.</summary>
    public const string FileName = "service-history.jsonl";

    /// <summary>The persisted history in <paramref name="dataRoot"/>, or nothing when none was imported yet.</summary>
    public static IReadOnlyList<HistoryEntry> ReadFrom(string dataRoot)
    {
        var path = Path.Combine(dataRoot, FileName);
        return File.Exists(path) ? HistoryFile.Read(path) : [];
    }
}
