using CityCrm.CaseCore;

namespace CityCrm.CaseCore.Tests.Fakes;

/// <summary>
/// An in-memory <see cref="ICaseStore"/> with the same rules as the real stores: numbers from 100001,
/// snapshots (not shared objects), and a version check on save.
/// </summary>
public sealed class InMemoryCaseStore : ICaseStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, CaseSnapshot> byReference = new(StringComparer.Ordinal);
    private long lastNumber = CaseReference.FirstNumber - 1;

    public List<string> RequestedReferences { get; } = [];

    public int Count
    {
        get { lock (gate) return byReference.Count; }
    }

    /// <summary>When set, the next save fails as if someone else had saved first, after applying this change to the stored copy.</summary>
    public Action<Case>? InterveneBeforeNextSave { get; set; }

    public Task<long> NextNumberAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Interlocked.Increment(ref lastNumber));

    public Task CreateAsync(Case @case, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (byReference.Values.Any(s => s.Id == @case.Id) || byReference.ContainsKey(@case.Reference))
                throw new CaseConflictException($"Case {@case.Reference} exists.");
            @case.Version = 0;
            byReference[@case.Reference] = @case.ToSnapshot();
        }
        return Task.CompletedTask;
    }

    public Task<Case?> GetByReferenceAsync(string reference, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            RequestedReferences.Add(reference);
            return Task.FromResult(byReference.TryGetValue(reference, out var s) ? Case.Restore(s) : null);
        }
    }

    public Task SaveAsync(Case @case, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (InterveneBeforeNextSave is { } intervene && byReference.TryGetValue(@case.Reference, out var current))
            {
                InterveneBeforeNextSave = null;
                var other = Case.Restore(current);
                intervene(other);
                byReference[other.Reference] = other.ToSnapshot() with { Version = current.Version + 1 };
            }
            if (!byReference.TryGetValue(@case.Reference, out var stored) || stored.Version != @case.Version)
                throw new CaseConflictException($"Case {@case.Reference} changed.");
            byReference[@case.Reference] = @case.ToSnapshot() with { Version = @case.Version + 1 };
            @case.Version++;
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Case>> ListByContactAsync(string contactId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<Case> list = byReference.Values.Where(s => s.ContactId == contactId)
                .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Reference, StringComparer.Ordinal)
                .Select(Case.Restore).ToList();
            return Task.FromResult(list);
        }
    }

    public Task<IReadOnlyList<Case>> QueryAsync(CaseQuery query, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<Case> list = byReference.Values
                .Where(s => query.ServiceCodes is null || query.ServiceCodes.Contains(s.ServiceCode))
                .Where(s => query.Statuses is null || query.Statuses.Contains(s.Status))
                .Where(s => query.References is null || query.References.Contains(s.Reference))
                .Where(s => query.CreatedFrom is null || s.CreatedAt >= query.CreatedFrom)
                .Where(s => query.CreatedTo is null || s.CreatedAt <= query.CreatedTo)
                .Where(s => query.Within is null || s.Point is { } p && query.Within.Value.Contains(p))
                .Where(s => query.Queues is null || query.Queues.Contains(s.Queue ?? s.Department))
                .Where(s => query.Assignee is null || s.Assignee == query.Assignee)
                .Where(s => query.DueBefore is null || s.DueAt < query.DueBefore)
                .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Reference, StringComparer.Ordinal)
                .Skip(query.Offset).Take(query.Limit).Select(Case.Restore).ToList();
            return Task.FromResult(list);
        }
    }
}
