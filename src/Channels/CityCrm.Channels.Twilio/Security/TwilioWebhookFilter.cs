using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Twilio.Security;

/// <summary>
/// Runs <see cref="TwilioWebhookGate"/> before a webhook's handler, which then reads the verified request with
/// <see cref="TwilioWebhookExtensions.GetTwilioRequest"/>. A refused request never reaches the handler.
/// </summary>
public sealed class TwilioWebhookFilter(TwilioNumberField field) : IEndpointFilter
{
    internal const string ItemKey = "CityCrm.Twilio.Request";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var gate = http.RequestServices.GetRequiredService<TwilioWebhookGate>();
        var (request, problem) = await gate.OpenAsync(http.Request, field, http.RequestAborted);
        if (problem is not null)
            return problem;
        http.Items[ItemKey] = request;
        return await next(context);
    }
}
