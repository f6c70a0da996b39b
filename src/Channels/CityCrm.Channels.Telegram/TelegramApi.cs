using CityCrm.Channels.Telegram.Inbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Telegram;

/// <summary>
/// Telegram's webhook: <c>POST /telegram/{inboxId}</c>, one URL per bot, given to setWebhook with the bot's secret_token.
/// </summary>
public static class TelegramApi
{
    public const string WebhookPath = "/telegram/{inboxId}";

    public static IEndpointRouteBuilder MapTelegram(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(WebhookPath, (string inboxId, HttpContext context, CancellationToken cancellationToken) =>
                ActivatorUtilities.CreateInstance<TelegramWebhook>(context.RequestServices).ReceiveAsync(inboxId, context.Request, cancellationToken))
            .WithTags("Telegram")
            .ExcludeFromDescription();
        return endpoints;
    }
}
