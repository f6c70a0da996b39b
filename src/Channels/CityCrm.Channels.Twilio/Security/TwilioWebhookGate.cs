using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Twilio.Security;

/// <summary>
/// The checks every Twilio webhook passes before anything is stored, in this order: a known account (else 403),
/// a valid X-Twilio-Signature over the configured public URL (else 403), and one of our numbers (else 404).
/// </summary>
public sealed partial class TwilioWebhookGate(TwilioNumberDirectory numbers, IOptions<TwilioOptions> options, ILogger<TwilioWebhookGate> logger)
{
    /// <summary>The verified request, or the problem to answer with.</summary>
    public async Task<(TwilioRequest? Request, IResult? Problem)> OpenAsync(HttpRequest request, TwilioNumberField field, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
            return (null, TwilioProblems.BadRequest("Twilio webhooks are posted as application/x-www-form-urlencoded."));
        var form = await request.ReadFormAsync(cancellationToken);
        var accountSid = form["AccountSid"].ToString();
        var tokens = numbers.TokensFor(accountSid);
        if (tokens.Count == 0)
        {
            LogRefused(logger, request.Path, "unknown account");
            return (null, TwilioProblems.Forbidden("The request is not signed by an account this service knows."));
        }

        var url = PublicUrl(request);
        var presented = request.Headers[TwilioSignature.HeaderName].ToString();
        var valid = false;
        foreach (var token in tokens)
            valid |= TwilioSignature.IsValid(presented, token, url, form);
        if (!valid)
        {
            LogRefused(logger, request.Path, string.IsNullOrEmpty(presented) ? "no signature" : "invalid signature");
            return (null, TwilioProblems.Forbidden("The X-Twilio-Signature header is missing or does not match the request."));
        }

        var ours = form[field.ToString()].ToString();
        var number = numbers.Find(accountSid, ours);
        if (number is null)
        {
            LogRefused(logger, request.Path, "not our number");
            return (null, TwilioProblems.NotOurNumber(ours));
        }
        return (new TwilioRequest(number, form, url), null);
    }

    /// <summary>The URL Twilio signed: the configured public base, then the path and query as received.</summary>
    public string PublicUrl(HttpRequest request) =>
        options.Value.PublicBaseUrl.TrimEnd('/') + request.Path.ToUriComponent() + request.QueryString.ToUriComponent();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Twilio webhook {Path} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, PathString path, string reason);
}
