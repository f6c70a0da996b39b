using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

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

    /// <summary>
    /// Gives upload routes their larger body limit, and refuses a body whose declared length is over the limit at the
    /// door (413 problem+json), closing the connection: Kestrel cannot drain such a body, and a client reusing the
    /// connection would otherwise lose its next request.
    /// </summary>
    public static IApplicationBuilder UseHostLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var size = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (size is { IsReadOnly: false } && context.GetEndpoint() is RouteEndpoint endpoint
            && UploadRoutes.Contains("/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/')))
            size.MaxRequestBodySize = context.RequestServices.GetRequiredService<IOptions<HostLimitOptions>>().Value.MaxUploadBodyBytes;
        if (size?.MaxRequestBodySize is { } max && context.Request.ContentLength is { } length && length > max)
        {
            context.Response.Headers.Connection = "close";
            // Closing a socket with unread bytes resets it, and the client may lose the answer: a body up to a few times
            // the limit is read and dropped first (still at Kestrel's minimum rate), a larger one is not worth the bytes.
            if (length <= 4 * max && !size.IsReadOnly)
            {
                size.MaxRequestBodySize = null;
                await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            }
            await TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large",
                detail: $"The request body may be at most {max} bytes.").ExecuteAsync(context);
            return;
        }
        await next(context);
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
