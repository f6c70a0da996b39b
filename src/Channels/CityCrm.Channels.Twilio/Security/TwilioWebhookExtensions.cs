using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CityCrm.Channels.Twilio.Security;

/// <summary>Puts a Twilio webhook endpoint behind the signature and number checks.</summary>
public static class TwilioWebhookExtensions
{
    /// <summary>
    /// Verifies the account, X-Twilio-Signature and our number (read from <paramref name="field"/>) before the handler runs.
    /// </summary>
    public static RouteHandlerBuilder RequireTwilioSignature(this RouteHandlerBuilder builder, TwilioNumberField field) =>
        builder.AddEndpointFilter(new TwilioWebhookFilter(field)).DisableAntiforgery();

    /// <summary>The request verified by <see cref="RequireTwilioSignature"/>; throws on an endpoint without it.</summary>
    public static TwilioRequest GetTwilioRequest(this HttpContext context) =>
        context.Items[TwilioWebhookFilter.ItemKey] as TwilioRequest
            ?? throw new InvalidOperationException("The endpoint is not behind RequireTwilioSignature.");
}
