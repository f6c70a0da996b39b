using CityCrm.Channels.Meta.Inbound;
using CityCrm.Channels.Meta.Security;
using CityCrm.Conversations.Agents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Meta;

/// <summary>
/// Meta's webhook, for WhatsApp and Messenger alike: <c>GET /meta/webhook</c> answers the verification Meta makes when
/// the URL is configured, <c>POST /meta/webhook</c> takes signed event batches. Staff open a resident's WhatsApp media
/// at <c>GET /api/agent/attachments/meta/{phoneNumberId}/{mediaId}</c>.
/// </summary>
public static class MetaApi
{
    public const string WebhookPath = "/meta/webhook";

    public static IEndpointRouteBuilder MapMeta(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("").WithTags("Meta");
        group.MapGet(WebhookPath, Verify).ExcludeFromDescription();
        group.MapPost(WebhookPath, (HttpContext context, CancellationToken cancellationToken) =>
                ActivatorUtilities.CreateInstance<MetaWebhook>(context.RequestServices,
                        ActivatorUtilities.CreateInstance<WhatsAppWebhook>(context.RequestServices),
                        ActivatorUtilities.CreateInstance<MessengerWebhook>(context.RequestServices))
                    .ReceiveAsync(context.GetMetaBody(), cancellationToken))
            .RequireMetaSignature()
            .ExcludeFromDescription();
        endpoints.MapGet(MetaMedia.Route,
                (string phoneNumberId, string mediaId, HttpResponse response, [FromServices] MetaMediaProxy proxy, CancellationToken cancellationToken) =>
                    proxy.OpenAsync(phoneNumberId, mediaId, response, cancellationToken))
            .RequireAuthorization(AgentPolicies.Agent)
            .WithTags("Agent console");
        return endpoints;
    }

    // Meta sends hub.mode=subscribe, the token typed in the app's settings and a challenge to echo as the whole body.
    private static IResult Verify(HttpRequest request, IOptions<MetaOptions> options)
    {
        var query = request.Query;
        if (query["hub.mode"].ToString() == "subscribe"
            && MetaSignature.IsVerifyToken(query["hub.verify_token"].ToString(), options.Value.VerifyToken)
            && query["hub.challenge"].ToString() is { Length: > 0 } challenge)
            return TypedResults.Text(challenge, "text/plain");
        return MetaProblems.Forbidden("The verification request's mode or token is not the one configured.");
    }
}
