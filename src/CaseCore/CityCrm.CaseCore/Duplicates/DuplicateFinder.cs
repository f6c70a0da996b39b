using Microsoft.Extensions.Options;

namespace CityCrm.CaseCore.Duplicates;

/// <summary>
/// Duplicate detection over <see cref="ICaseStore.QueryAsync"/>: with a position, the store's box pre-filter
/// then the true distance; with only an address, the service's recent open cases compared by
/// <see cref="LocationKey"/> (a case placed by position is also compared by its text, as residents mix both).
/// </summary>
public sealed class DuplicateFinder(ICaseStore store, IOptions<DuplicateOptions> options, TimeProvider clock) : IDuplicateFinder
{
    private static readonly CaseStatus[] Open = [CaseStatus.New, CaseStatus.Open, CaseStatus.InProgress, CaseStatus.OnHold];

    public async Task<IReadOnlyList<DuplicateCandidate>> FindAsync(DuplicateProbe probe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(probe);
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(probe.ServiceCode) || settings.MaxShown <= 0)
            return [];
        var query = new CaseQuery
        {
            ServiceCodes = [probe.ServiceCode],
            Statuses = Open,
            CreatedFrom = clock.GetUtcNow().AddDays(-Math.Max(0, settings.WindowDays)),
        };
        var found = new Dictionary<string, DuplicateCandidate>(StringComparer.Ordinal);
        if (probe.Point is { IsValid: true } point)
        {
            var near = await store.QueryAsync(query with { Within = point.Around(settings.RadiusMeters), Limit = CaseQuery.MaxLimit }, cancellationToken);
            foreach (var c in near)
            {
                var distance = point.DistanceMetersTo(c.Point!.Value);
                if (distance <= settings.RadiusMeters)
                    found[c.Reference] = new DuplicateCandidate(c, distance);
            }
        }
        if (LocationKey.For(probe.Location) is { } key)
        {
            var recent = await store.QueryAsync(query with { Limit = Math.Clamp(settings.TextScanLimit, 1, CaseQuery.MaxLimit) }, cancellationToken);
            foreach (var c in recent.Where(c => !found.ContainsKey(c.Reference) && LocationKey.For(c.Location) == key))
                found[c.Reference] = new DuplicateCandidate(c, null);
        }
        return found.Values
            .OrderBy(d => d.DistanceMeters ?? 0)
            .ThenByDescending(d => d.Case.CreatedAt)
            .Take(settings.MaxShown)
            .ToList();
    }
}
