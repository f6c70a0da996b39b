using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Meta.Security;

/// <summary>
/// Reads a webhook's raw body and checks its X-Hub-Signature-256 before the handler runs: a refused request is
/// answered 403 and never parsed. The handler reads the verified bytes with <see cref="MetaWebhookExtensions.GetMetaBody"/>.
/// </summary>
public sealed partial class MetaWebhookFilter : IEndpointFilter
{
    /// <summary>Meta batches at most a thousand updates; a body this large is not one of its webhooks.</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    internal const string ItemKey = "CityCrm.Meta.Body";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var logger = http.RequestServices.GetRequiredService<ILogger<MetaWebhookFilter>>();
        if (http.Request.ContentLength > MaxBodyBytes)
            return MetaProblems.TooLarge(MaxBodyBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return MetaProblems.TooLarge(MaxBodyBytes);
            buffer.Write(chunk, 0, read);
        }
        var body = buffer.ToArray();
        var secret = http.RequestServices.GetRequiredService<IOptions<MetaOptions>>().Value.AppSecret;
        var presented = http.Request.Headers[MetaSignature.HeaderName].ToString();
        if (!MetaSignature.IsValid(presented, secret, body))
        {
            LogRefused(logger, string.IsNullOrEmpty(presented) ? "no signature" : "invalid signature");
            return MetaProblems.Forbidden("The X-Hub-Signature-256 header is missing or does not match the request body.");
        }
        http.Items[ItemKey] = body;
        return await next(context);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Meta webhook refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
