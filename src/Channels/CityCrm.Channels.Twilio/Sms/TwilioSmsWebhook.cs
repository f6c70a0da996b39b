using CityCrm.Channels.Twilio.Phone;
using CityCrm.Channels.Twilio.Security;
using CityCrm.Conversations;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Twilio.Sms;

/// <summary>
/// A verified incoming text: stored once per MessageSid, then acknowledged with empty TwiML. The bot answers out of
/// band. STOP, START and HELP are stored as events (never a bot turn) and change consent or get the city's fixed reply.
/// </summary>
public sealed partial class TwilioSmsWebhook(
    ConversationService conversations,
    IOptOutRegistry optOuts,
    TwilioNumberDirectory numbers,
    IOptions<TwilioOptions> options,
    IOptions<ConversationOptions> conversationOptions,
    TimeProvider clock,
    ILogger<TwilioSmsWebhook> logger)
{
    public async Task<IResult> ReceiveAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var inboxId = request.Number.SmsInboxId;
        if (string.IsNullOrEmpty(inboxId))
            return TwilioProblems.NotOurNumber(request["To"]);
        var sid = TwilioSmsMapper.MessageSid(request.Form);
        if (sid is null)
            return TwilioProblems.BadRequest("MessageSid is missing.");
        var from = PhoneNumberNormalizer.Normalize(request["From"], settings.DefaultRegion);
        if (from is null)
            return TwilioProblems.BadRequest("From is not a phone number, short code or sender id.");

        var now = clock.GetUtcNow();
        var body = request.Form["Body"].ToString();
        var keyword = ComplianceKeywords.Classify(body);
        // Consent is recorded before the message is stored: if the process stops in between, Twilio's retry finds
        // the message stored and skips everything after, so an opt-out must never wait on the store. The retry's
        // consent change is recognized by its MessageSid and recorded once.
        if (keyword is ComplianceKeyword.OptOut or ComplianceKeyword.OptIn)
        {
            var change = new ConsentChange(ChannelIds.Sms, from, inboxId, keyword == ComplianceKeyword.OptOut,
                ComplianceKeywords.Keyword(body)!, now, sid);
            await optOuts.RecordAsync(change, cancellationToken);
        }

        var activity = TwilioSmsMapper.ToActivity(request.Form, from, numbers.AddressOf(request.Number), now, SmsEventNames.For(keyword));
        var stored = await conversations.ReceiveAsync(new InboundActivity(inboxId, from, null, sid, activity), cancellationToken);
        if (stored.Duplicate)
        {
            LogDuplicate(logger, sid);
            return TwimlResults.Empty();
        }

        // The carrier itself confirms an opt-out, and nothing may be sent after it; START and HELP get the city's text.
        var reply = keyword switch
        {
            ComplianceKeyword.OptIn => settings.OptInText,
            ComplianceKeyword.Help => settings.HelpText,
            _ => null,
        };
        if (!string.IsNullOrWhiteSpace(reply))
        {
            var bot = conversationOptions.Value;
            await conversations.SendAsync(stored.Conversation.Id, new OutgoingMessage(AuthorKind.Bot, "bot", bot.BotName, reply), cancellationToken);
        }
        return TwimlResults.Empty();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Twilio message {MessageSid} was already stored: acknowledged again")]
    private static partial void LogDuplicate(ILogger logger, string messageSid);
}
