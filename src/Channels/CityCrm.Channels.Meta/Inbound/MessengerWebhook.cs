using System.Text.Json;
using CityCrm.Channels.Meta.Security;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using Microsoft.Extensions.Logging;

namespace CityCrm.Channels.Meta.Inbound;

/// <summary>
/// One entry of a Messenger webhook: messages and postbacks stored once per mid in the page's inbox, delivery and
/// read receipts recorded on the messages we sent (by mid, or every message before the watermark).
/// </summary>
public sealed partial class MessengerWebhook(
    ConversationService conversations,
    IConversationStore store,
    IDeliveryReports reports,
    MetaDirectory directory,
    TimeProvider clock,
    ILogger<MessengerWebhook> logger)
{
    private const int TranscriptPage = 500;

    public async Task ProcessAsync(JsonElement entry, CancellationToken cancellationToken)
    {
        var pageId = entry.Str("id");
        var page = directory.FindPage(pageId);
        if (page is null)
        {
            LogUnknownPage(logger, pageId ?? "(none)");
            return;
        }
        foreach (var messaging in entry.Arr("messaging"))
        {
            var sender = MessengerMapper.SenderId(messaging);
            if (string.IsNullOrEmpty(sender) || sender == page.PageId)
                continue;
            if (MessengerMapper.ToReceipt(messaging) is { } receipt)
                await ApplyAsync(page, sender, receipt, cancellationToken);
            else if (MessengerMapper.ToActivity(messaging, sender, page.PageId, clock.GetUtcNow()) is { } activity
                     && MessengerMapper.ExternalId(messaging) is { } mid)
            {
                var stored = await conversations.ReceiveAsync(new InboundActivity(page.InboxId, sender, null, mid, activity), cancellationToken);
                if (stored.Duplicate)
                    LogDuplicate(logger, mid);
            }
        }
    }

    private async Task ApplyAsync(MessengerPage page, string resident, MessengerReceipt receipt, CancellationToken cancellationToken)
    {
        var ids = receipt.MessageIds.Count > 0 ? receipt.MessageIds : await SentBeforeAsync(page, resident, receipt, cancellationToken);
        foreach (var id in ids)
            await reports.ReportAsync(new DeliveryReport(ChannelIds.Messenger, id, receipt.Status, null, clock.GetUtcNow()), cancellationToken);
    }

    // A watermark names no message: everything we sent the resident before it, and not yet known to be that far, is.
    private async Task<IReadOnlyList<string>> SentBeforeAsync(MessengerPage page, string resident, MessengerReceipt receipt, CancellationToken cancellationToken)
    {
        if (receipt.Watermark is not { } watermark)
            return [];
        var contact = await store.GetOrCreateContactAsync(page.InboxId, resident, null, cancellationToken);
        var conversation = await store.FindLatestAsync(page.InboxId, contact.Id, cancellationToken);
        if (conversation is null)
            return [];
        var ids = new List<string>();
        var after = 0L;
        while (true)
        {
            var messages = await store.GetMessagesAsync(conversation.Id, after, TranscriptPage, cancellationToken);
            ids.AddRange(messages
                .Where(m => m.Direction == MessageDirection.Outgoing && m.CreatedAt <= watermark && m.ProviderMessageId is not null
                            && m.DeliveryStatus is not null && DeliveryStatuses.CanMove(m.DeliveryStatus, receipt.Status))
                .SelectMany(m => m.ProviderMessageId!.Split(',', StringSplitOptions.RemoveEmptyEntries)));
            if (messages.Count < TranscriptPage)
                return ids;
            after = messages[^1].Sequence;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Messenger webhook for page {PageId}, which is not configured: acknowledged and ignored")]
    private static partial void LogUnknownPage(ILogger logger, string pageId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Messenger message {Mid} was already stored: acknowledged again")]
    private static partial void LogDuplicate(ILogger logger, string mid);
}
