using Microsoft.Extensions.Options;

namespace CityCrm.CaseCore.Incidents;

/// <summary>
/// Suggests incidents from the open reports of the last <see cref="IncidentOptions.WindowHours"/>: clusters of one
/// service close in place (see <see cref="IncidentClusters"/>). Reports already linked to an active incident are left out.
/// </summary>
public sealed class IncidentSuggester(ICaseStore cases, IIncidentStore incidents, IOptions<IncidentOptions> options, TimeProvider clock)
{
    private const int Page = 500;

    public async Task<IReadOnlyList<IncidentSuggestion>> SuggestAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var linked = (await incidents.ListAsync(IncidentStatus.Active, cancellationToken))
            .SelectMany(i => i.Cases).ToHashSet(StringComparer.Ordinal);
        var query = new CaseQuery
        {
            Statuses = [CaseStatus.New, CaseStatus.Open, CaseStatus.InProgress, CaseStatus.OnHold],
            CreatedFrom = clock.GetUtcNow() - settings.Window,
            Limit = Page,
        };
        var reports = new List<Case>();
        while (reports.Count < settings.MaxCases)
        {
            var page = await cases.QueryAsync(query with { Offset = reports.Count }, cancellationToken);
            reports.AddRange(page);
            if (page.Count < Page)
                break;
        }
        return IncidentClusters.Find(reports.Where(c => !linked.Contains(c.Reference)), settings.RadiusMeters, Math.Max(2, settings.MinimumCount));
    }
}
