using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CityCrm.Storage.Cosmos;

/// <summary>Healthy when the Cosmos DB database answers a read.</summary>
public sealed class CosmosHealthCheck(CosmosStorage storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy($"database {storage.DatabaseId}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Cosmos DB unavailable", ex);
        }
    }
}
