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

    /// <summary>
    /// Reads the history at start-up and keeps it bounded and free of personal details: each service's newest
    /// <paramref name="perService"/> entries, redacted (<see cref="HistoryRedaction"/>). When that drops or changes
    /// anything, the file is rewritten (to a new file first, then moved over the old one, so a crash leaves either).
    /// </summary>
    public static IReadOnlyList<HistoryEntry> LoadAndTrim(string dataRoot, int perService = LearnedHistory.DefaultPerService)
    {
        var path = Path.Combine(dataRoot, FileName);
        var read = ReadFrom(dataRoot);
        var kept = new LearnedHistory(perService);
        kept.Add(read.Select(e => e with { Description = HistoryRedaction.Redact(e.Description) }));
        var (entries, _) = kept.Snapshot();
        if (entries.Count == read.Count && entries.All(e => read.Contains(e)))
            return entries;
        var temporary = path + ".new";
        File.Delete(temporary);
        HistoryFile.Append(temporary, entries);
        File.Move(temporary, path, overwrite: true);
        return entries;
    }
}
