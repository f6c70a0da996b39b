using System.Text.Json;
using CityCrm.Channels.Meta.Security;
using CityCrm.Conversations;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Meta.Inbound;

/// <summary>
/// One "messages" change of a WhatsApp webhook: its messages stored once per wamid in the number's inbox (the bot
/// answers out of band), its statuses recorded on the messages we sent.
/// </summary>
public sealed partial class WhatsAppWebhook(
    ConversationService conversations,
    IDeliveryReports reports,
    MetaDirectory directory,
    IOptions<MetaOptions> options,
    IOptions<ConversationOptions> conversationOptions,
    TimeProvider clock,
    ILogger<WhatsAppWebhook> logger)
{
    public async Task ProcessAsync(JsonElement value, CancellationToken cancellationToken)
    {
        var phoneNumberId = value.Obj("metadata")?.Str("phone_number_id");
        var number = directory.FindNumber(phoneNumberId);
        if (number is null)
        {
            LogUnknownNumber(logger, phoneNumberId ?? "(none)");
            return;
        }
        foreach (var message in value.Arr("messages"))
            await ReceiveAsync(number, value, message, cancellationToken);
        foreach (var status in value.Arr("statuses"))
        {
            // An unknown wamid is still acknowledged: a template sent from elsewhere, or a message since deleted.
            if (WhatsAppStatusMapper.ToReport(status, clock.GetUtcNow()) is { } report && !await reports.ReportAsync(report, cancellationToken))
                LogUnknownStatus(logger, report.ProviderMessageId, report.Status);
        }
    }

    private async Task ReceiveAsync(WhatsAppNumber number, JsonElement value, JsonElement message, CancellationToken cancellationToken)
    {
        var wamid = message.Str("id");
        var waId = message.Str("from");
        // wa_id is the full international number without "+": with it, the resident is the same contact as on SMS and calls.
        var address = "+" + waId;
        if (string.IsNullOrEmpty(wamid) || !PhoneAddress.IsE164(address))
        {
            LogUnreadable(logger, wamid ?? "(no id)");
            return;
        }
        var ours = string.IsNullOrEmpty(number.DisplayPhoneNumber) ? number.PhoneNumberId : number.DisplayPhoneNumber;
        var activity = WhatsAppMapper.ToActivity(message, address, WhatsAppMapper.ProfileName(value, waId), number.PhoneNumberId, ours, clock.GetUtcNow());
        if (activity is null)
        {
            LogReaction(logger, wamid);
            return;
        }
        var unsupported = activity.Name == MetaEventNames.Unsupported;
        var stored = await conversations.ReceiveAsync(new InboundActivity(number.InboxId, address, null, wamid, activity), cancellationToken);
        if (stored.Duplicate)
        {
            LogDuplicate(logger, wamid);
            return;
        }
        if (unsupported && !string.IsNullOrWhiteSpace(options.Value.UnsupportedReply))
        {
            var bot = conversationOptions.Value;
            await conversations.SendAsync(stored.Conversation.Id,
                new OutgoingMessage(AuthorKind.Bot, "bot", bot.BotName, options.Value.UnsupportedReply), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "WhatsApp webhook for phone number id {PhoneNumberId}, which is not configured: acknowledged and ignored")]
    private static partial void LogUnknownNumber(ILogger logger, string phoneNumberId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WhatsApp message {Wamid} has no usable sender: ignored")]
    private static partial void LogUnreadable(ILogger logger, string wamid);

    [LoggerMessage(Level = LogLevel.Information, Message = "WhatsApp reaction {Wamid} acknowledged and not stored")]
    private static partial void LogReaction(ILogger logger, string wamid);

    [LoggerMessage(Level = LogLevel.Information, Message = "WhatsApp message {Wamid} was already stored: acknowledged again")]
    private static partial void LogDuplicate(ILogger logger, string wamid);

    [LoggerMessage(Level = LogLevel.Information, Message = "WhatsApp status {Status} for {Wamid}, which matches no message we sent")]
    private static partial void LogUnknownStatus(ILogger logger, string wamid, string status);
}
