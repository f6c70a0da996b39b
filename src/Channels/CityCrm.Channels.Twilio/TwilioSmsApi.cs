using CityCrm.Channels.Twilio.Security;
using CityCrm.Channels.Twilio.Sms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

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
        group.MapPost(MessagePath, (HttpContext context, CancellationToken cancellationToken) =>
                Create<TwilioSmsWebhook>(context).ReceiveAsync(context.GetTwilioRequest(), cancellationToken))
            .RequireTwilioSignature(TwilioNumberField.To)
            .ExcludeFromDescription();
        group.MapPost(Rest.TwilioRestClient.StatusCallbackPath, (HttpContext context, CancellationToken cancellationToken) =>
                Create<TwilioStatusCallback>(context).ReceiveAsync(context.GetTwilioRequest(), cancellationToken))
            .RequireTwilioSignature(TwilioNumberField.From)
            .ExcludeFromDescription();
        return endpoints;
    }

    // Built per request rather than registered: their stores (opt-outs, delivery reports) belong to the outbox, and a
    // registration would make the whole host fail validation at start when it is not there yet.
    private static T Create<T>(HttpContext context) => ActivatorUtilities.CreateInstance<T>(context.RequestServices);
}
