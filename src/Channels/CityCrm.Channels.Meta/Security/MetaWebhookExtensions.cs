using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CityCrm.Channels.Meta.Security;

/// <summary>Puts a Meta webhook endpoint behind the signature check.</summary>
public static class MetaWebhookExtensions
{
    /// <summary>Verifies X-Hub-Signature-256 over the raw body before the handler runs.</summary>
    public static RouteHandlerBuilder RequireMetaSignature(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(new MetaWebhookFilter()).DisableAntiforgery();

    /// <summary>The body verified by <see cref="RequireMetaSignature"/>; throws on an endpoint without it.</summary>
    public static byte[] GetMetaBody(this HttpContext context) =>
        context.Items[MetaWebhookFilter.ItemKey] as byte[]
            ?? throw new InvalidOperationException("The endpoint is not behind RequireMetaSignature.");
}
