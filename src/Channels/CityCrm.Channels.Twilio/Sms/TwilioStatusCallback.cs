using CityCrm.Channels.Twilio.Security;
using CityCrm.Conversations.Outbox;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CityCrm.Channels.Twilio.Sms;

/// <summary>A verified message status callback: the provider's status recorded on the message it sent.</summary>
public sealed partial class TwilioStatusCallback(IDeliveryReports reports, TimeProvider clock, ILogger<TwilioStatusCallback> logger)
{
    public async Task<IResult> ReceiveAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        var report = TwilioStatusMapper.ToReport(request.Form, clock.GetUtcNow());
        if (report is null)
            return TwilioProblems.BadRequest("MessageSid and MessageStatus are required.");
        // An unknown sid is still answered 204: Twilio retrying it would not make it known.
        if (!await reports.ReportAsync(report, cancellationToken))
            LogUnknown(logger, report.ProviderMessageId, report.Status);
        return TypedResults.NoContent();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Twilio status {Status} for {MessageSid}, which matches no message we sent")]
    private static partial void LogUnknown(ILogger logger, string messageSid, string status);
}
