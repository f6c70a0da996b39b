using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CityCrm.City311.Hardening;

/// <summary>
/// Request size, header and timing limits for Kestrel, JSON depth and form limits, and the mapping of exceptions only
/// a client's input causes (an over-limit or malformed body) to 4xx problem+json instead of 500.
/// </summary>
public static class HostLimits
{
    /// <summary>The routes that take files, and so the larger <see cref="HostLimitOptions.MaxUploadBodyBytes"/>.</summary>
    public static readonly IReadOnlySet<string> UploadRoutes = new HashSet<string>(StringComparer.Ordinal)
    {
        "/v3/directline/conversations/{conversationId}/upload",
        "/open311/v2/requests.{format}",
    };

    /// <summary>Reads the <c>Limits</c> section and applies it to Kestrel, JSON, forms and the exception handler, and adds the rate limits.</summary>
    public static WebApplicationBuilder AddHostLimits(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var limits = builder.Configuration.GetSection(HostLimitOptions.Section).Get<HostLimitOptions>() ?? new HostLimitOptions();
        builder.Services.Configure<HostLimitOptions>(builder.Configuration.GetSection(HostLimitOptions.Section));
        builder.Services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = limits.MaxRequestHeadersTotalBytes;
            kestrel.Limits.MaxRequestHeaderCount = limits.MaxRequestHeaderCount;
            kestrel.Limits.MaxRequestLineSize = limits.MaxRequestLineBytes;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(limits.RequestHeadersTimeoutSeconds);
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(limits.MinRequestBodyBytesPerSecond, TimeSpan.FromSeconds(limits.MinRequestBodyGraceSeconds));
        });
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.MaxDepth = limits.MaxJsonDepth);
        builder.Services.Configure<FormOptions>(form =>
        {
            form.ValueCountLimit = limits.MaxFormFields;
            form.ValueLengthLimit = limits.MaxFormValueBytes;
            form.MultipartBodyLengthLimit = limits.MaxUploadBodyBytes;
        });
        builder.Services.Configure<ExceptionHandlerOptions>(handler => handler.StatusCodeSelector = StatusFor);
        builder.Services.AddPublicRateLimits(builder.Configuration);
        return builder;
    }

    /// <summary>Gives upload routes their larger body limit; every other request keeps Kestrel's.</summary>
    public static IApplicationBuilder UseHostLimits(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is RouteEndpoint endpoint
                && UploadRoutes.Contains("/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/'))
                && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                size.MaxRequestBodySize = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<HostLimitOptions>>().Value.MaxUploadBodyBytes;
            return next(context);
        });

    // Only a client's bytes raise these, so they are the client's error (4xx), never the server's.
    private static int StatusFor(Exception exception) => exception switch
    {
        Microsoft.AspNetCore.Http.BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException => StatusCodes.Status400BadRequest,
        JsonException => StatusCodes.Status400BadRequest,
        DecoderFallbackException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };
}
