using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CityCrm.City311.Observability;

/// <summary>
/// Guards <c>/metrics</c>: with a configured scrape token the request must carry it as a bearer token (compared in
/// fixed time); without one only this machine may scrape. Figures such as queue depth are the city's business.
/// </summary>
public sealed class ScrapeAccess(IOptions<ObservabilityOptions> options)
{
    /// <summary>Whether the request may read the metrics.</summary>
    public bool Allows(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (options.Value.ScrapeToken is not { Length: > 0 } token)
            return context.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip);
        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            return false;
        // Equal-length digests, so the comparison's time says nothing about the token's length either.
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(given, SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    /// <summary>Lets an allowed request through; answers others 401 (token configured) or 403 (not from this machine).</summary>
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (Allows(context))
        {
            await next(context);
            return;
        }
        var withToken = options.Value.ScrapeToken is { Length: > 0 };
        context.Response.StatusCode = withToken ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
        if (withToken)
            context.Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(
            withToken ? "Send the scrape token as a bearer token." : "Metrics are served to this machine only unless a scrape token is configured.",
            statusCode: context.Response.StatusCode).ExecuteAsync(context);
    }
}
