using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CityCrm.Storage.Sqlite;

/// <summary>Healthy when the database file opens and answers a query.</summary>
public sealed class SqliteHealthCheck(SqliteDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT MAX(version) FROM schema_version;";
            var version = await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"schema version {version}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("database unavailable", ex);
        }
    }
}
