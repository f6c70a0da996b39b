using System.Threading.RateLimiting;
using CityCrm.Channels.DirectLine.Security;
using CityCrm.Conversations.Limits;
using CityCrm.Conversations.Portal;
using Microsoft.Extensions.Options;

namespace CityCrm.City311.Hardening;

/// <summary>
/// The host-wide limiter in front of every endpoint: per IP on the public endpoints that need no sign-in, per user on
/// Direct Line messages. Provider webhooks are not limited here (their addresses are shared by every resident and a
/// refusal may lose a message): <see cref="SenderFloodGuard"/> quiets the bot for a flooding sender instead. Staff
/// endpoints need a session, and the sign-in endpoints have limits of their own.
/// </summary>
public static class PublicRateLimits
{
    private static readonly string[] PublicPrefixes = ["/webchat/token", "/v3/directline/", "/open311/v2/", "/api/my/", "/api/knowledge/search"];

    public static IServiceCollection AddPublicRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, cancellationToken) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                return new ValueTask(ResidentRateLimitPolicy.WriteTooManyAsync(context.HttpContext, wait, cancellationToken));
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
        });
        return services;
    }

    /// <summary>The partition a request counts against: its Direct Line user, its IP, or none.</summary>
    public static RateLimitPartition<string> Partition(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var settings = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        if (IsDirectLineMessage(http.Request)
            && http.RequestServices.GetRequiredService<DirectLineAuthenticator>().Authenticate(http.Request)?.Token is { } token)
            return Fixed("directline-user:" + token.UserId, settings.PerDirectLineUser, settings.Window);
        // Only the in-memory test host has no remote address; every connection Kestrel accepts has one.
        if (http.Connection.RemoteIpAddress is { } ip && IsPublic(http.Request))
            return Fixed("ip:" + ip, settings.PerIp, settings.Window);
        return RateLimitPartition.GetNoLimiter("unlimited");
    }

    private static RateLimitPartition<string> Fixed(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = window,
            QueueLimit = 0,
        });

    private static bool IsDirectLineMessage(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && request.Path.StartsWithSegments("/v3/directline/conversations", StringComparison.Ordinal, out var rest)
        && (rest.Value?.EndsWith("/activities", StringComparison.Ordinal) == true || rest.Value?.EndsWith("/upload", StringComparison.Ordinal) == true);

    // Reading (GET) a Direct Line conversation is a token holder's polling and is not counted; starting one is.
    private static bool IsPublic(HttpRequest request)
    {
        var path = request.Path.Value ?? "";
        if (!PublicPrefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal)))
            return false;
        return !path.StartsWith("/v3/directline/", StringComparison.Ordinal) || HttpMethods.IsPost(request.Method);
    }
}
