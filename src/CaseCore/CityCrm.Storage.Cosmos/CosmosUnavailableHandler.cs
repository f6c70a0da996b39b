using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;

namespace CityCrm.Storage.Cosmos;

/// <summary>
/// Turns a Cosmos DB request that is still throttled or unavailable after every retry into 503 problem+json with
/// Retry-After, so clients and providers try again later instead of seeing a server fault.
/// </summary>
public sealed class CosmosUnavailableHandler(ILogger<CosmosUnavailableHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not CosmosException cosmos || !IsUnavailable(cosmos.StatusCode))
            return false;
        var retryAfter = Math.Max(1, (int)Math.Ceiling((cosmos.RetryAfter ?? TimeSpan.FromSeconds(1)).TotalSeconds));
        logger.LogWarning("The store is unavailable ({Status}) after retries; answering 503", (int)cosmos.StatusCode);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await httpContext.Response.WriteAsJsonAsync(new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "The service is busy",
            Detail = "The store could not take the request right now. Nothing was lost; please try again shortly.",
            Type = "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
        return true;
    }

    /// <summary>Throttled, timed out or unavailable: the request may succeed later unchanged.</summary>
    public static bool IsUnavailable(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests || CosmosRetry.IsTransient(status);
}
