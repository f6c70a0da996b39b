namespace CityCrm.CaseCore.Suggestions;

/// <summary>
/// The past cases a ranker learns from, bounded: the newest <see cref="PerService"/> descriptions of each service.
/// Older words add little once a service has hundreds of examples, and an unbounded history would slow every rebuild
/// and keep residents' words for ever.
/// </summary>
public sealed class LearnedHistory(int perService = LearnedHistory.DefaultPerService)
{
    /// <summary>How many descriptions per service are kept unless told otherwise.</summary>
    public const int DefaultPerService = 300;

    private readonly Dictionary<string, Queue<HistoryEntry>> byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();

    /// <summary>How many descriptions are kept for each service at most.</summary>
    public int PerService { get; } = perService > 0 ? perService : throw new ArgumentOutOfRangeException(nameof(perService));

    /// <summary>Goes up by one with every <see cref="Add"/> that kept something.</summary>
    public long Version { get; private set; }

    /// <summary>Keeps <paramref name="entries"/> (oldest first), dropping each service's oldest beyond the bound; returns how many were added.</summary>
    public int Add(IEnumerable<HistoryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var added = 0;
        lock (gate)
        {
            foreach (var entry in entries)
            {
                if (string.IsNullOrWhiteSpace(entry.Description) || string.IsNullOrWhiteSpace(entry.Code))
                    continue;
                if (!byCode.TryGetValue(entry.Code, out var queue))
                    byCode[entry.Code] = queue = new Queue<HistoryEntry>();
                queue.Enqueue(entry);
                while (queue.Count > PerService)
                    queue.Dequeue();
                added++;
            }
            if (added > 0)
                Version++;
        }
        return added;
    }

    /// <summary>Every kept entry with the version it belongs to, services in the order first seen, oldest first within each.</summary>
    public (IReadOnlyList<HistoryEntry> Entries, long Version) Snapshot()
    {
        lock (gate)
            return ([.. byCode.Values.SelectMany(q => q)], Version);
    }
}
