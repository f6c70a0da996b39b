using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CityCrm.Open311;

/// <summary>
/// So many filed requests per api key per minute. Counted after the key is identified, so guessed keys share the
/// caller's per-IP limit instead of each opening a budget of its own.
/// </summary>
public sealed class Open311KeyLimiter(IOptions<Open311Options> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.RequestsPerKeyPerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Lets the client's request through, or sets Retry-After and throws the spec's error with 429.</summary>
    public void Admit(string client, HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        using var lease = limiter.AttemptAcquire(client);
        if (lease.IsAcquired)
            return;
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        throw new Open311Exception(StatusCodes.Status429TooManyRequests, $"Too many requests for this api_key: wait {seconds} seconds.");
    }

    public void Dispose() => limiter.Dispose();
}
