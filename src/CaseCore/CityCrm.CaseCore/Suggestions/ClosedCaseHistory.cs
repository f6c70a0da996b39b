using CityCrm.CaseCore.Workflow;

namespace CityCrm.CaseCore.Suggestions;

/// <summary>
/// Adds each case, as it is closed, to the history the suggestion ranker learns from (<see cref="ServiceHistory"/> in the
/// data folder): the resident's words without numbers or addresses (<see cref="HistoryRedaction"/>) and the service the
/// case ended under. The running catalogue learns it at once; the file carries it to the next start.
/// </summary>
public sealed class ClosedCaseHistory(string dataRoot, ServiceCatalog? catalog = null)
{
    // One writer at a time: two closes appending at once must not interleave their lines.
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>The history file written to.</summary>
    public string FilePath { get; } = Path.Combine(dataRoot, ServiceHistory.FileName);

    /// <summary>Appends the case when this save closed it for the first time; false when there was nothing to learn.</summary>
    public async Task<bool> RecordAsync(Case saved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(saved);
        // Only the save that closed it (a later note leaves it closed), and a case closed again after a reopen teaches once.
        if (!saved.IsClosed || saved.History[^1].Action != CaseActions.Close
            || saved.History.Count(h => h.Action == CaseActions.Close) != 1 || string.IsNullOrWhiteSpace(saved.Description))
            return false;
        var description = HistoryRedaction.Redact(saved.Description);
        if (description.Length == 0)
            return false;
        HistoryEntry entry = new(description, saved.ServiceCode);
        await gate.WaitAsync(cancellationToken);
        try
        {
            HistoryFile.Append(FilePath, [entry]);
        }
        finally
        {
            gate.Release();
        }
        if (catalog is not null)
            await catalog.LearnAsync([entry], cancellationToken);
        return true;
    }
}
