using CityCrm.Knowledge;
using CityCrm.Knowledge.Indexing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CityCrm.City311.Observability;

/// <summary>
/// Ready when the Lucene index opens a searcher and holds articles whenever the store does: an empty index beside a
/// full store is still being built, and the bot would answer nothing.
/// </summary>
public sealed class KnowledgeIndexHealthCheck(LuceneArticleIndex index, IArticleStore articles) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var indexed = index.Count();
            var stored = await articles.CountAsync(cancellationToken);
            return indexed == 0 && stored > 0
                ? HealthCheckResult.Unhealthy($"knowledge index empty while the store holds {stored} articles")
                : HealthCheckResult.Healthy($"{indexed} articles searchable");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("knowledge index unavailable", ex);
        }
    }
}
