using CityCrm.Channels.Twilio.Security;
using CityCrm.Channels.Twilio.Sms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CityCrm.Channels.Twilio;

/// <summary>
/// Twilio's SMS webhooks: <c>POST /twilio/sms</c> (a message to one of our numbers) and <c>POST /twilio/sms/status</c>
/// (what became of a message we sent). Both are signed by Twilio and checked before anything is stored.
/// </summary>
public static class TwilioSmsApi
{
    public const string MessagePath = "/twilio/sms";

    public static IEndpointRouteBuilder MapTwilioSms(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("").WithTags("Twilio SMS");
        group.MapPost(MessagePath, (HttpContext context, TwilioSmsWebhook webhook, CancellationToken cancellationToken) =>
                webhook.ReceiveAsync(context.GetTwilioRequest(), cancellationToken))
            .RequireTwilioSignature(TwilioNumberField.To)
            .ExcludeFromDescription();
        group.MapPost(Rest.TwilioRestClient.StatusCallbackPath, (HttpContext context, TwilioStatusCallback callback, CancellationToken cancellationToken) =>
                callback.ReceiveAsync(context.GetTwilioRequest(), cancellationToken))
            .RequireTwilioSignature(TwilioNumberField.From)
            .ExcludeFromDescription();
        return endpoints;
    }
}
