using CityCrm.CaseCore.Workflow;

namespace CityCrm.CaseCore.Suggestions;

/// <summary>
/// Adds each case, as it is closed, to the history the suggestion ranker learns from (<see cref="ServiceHistory"/> in the
/// data folder): the resident's words and the service the case ended under. The host reads the file at start, so the
/// ranker learns from every closed case without anyone importing them.
/// </summary>
public sealed class ClosedCaseHistory(string dataRoot)
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
        await gate.WaitAsync(cancellationToken);
        try
        {
            HistoryFile.Append(FilePath, [new HistoryEntry(saved.Description, saved.ServiceCode)]);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }
}
