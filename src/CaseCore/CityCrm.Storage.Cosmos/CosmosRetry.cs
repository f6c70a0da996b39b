using System.Net;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos;

/// <summary>
/// Retries requests that timed out or found the service unavailable (408, 503, 449), with exponential backoff.
/// Throttling (429) is retried by the SDK itself, honouring retry-after, up to <see cref="CosmosStoreOptions.MaxThrottleRetries"/>;
/// what is still failing after that surfaces, and the host answers 503 with Retry-After (<see cref="CosmosUnavailableHandler"/>).
/// </summary>
public sealed class CosmosRetry(CosmosStoreOptions options)
{
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await operation(cancellationToken);
            }
            catch (CosmosException e) when (IsTransient(e.StatusCode) && attempt < options.MaxTransientRetries)
            {
                await Task.Delay(options.TransientBackoff * Math.Pow(2, attempt), cancellationToken);
            }
        }
    }

    /// <summary>Whether a failure with this status is worth trying again unchanged.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.ServiceUnavailable || (int)status == 449;
}
