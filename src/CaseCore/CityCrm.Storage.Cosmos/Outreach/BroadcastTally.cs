using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outreach;

namespace CityCrm.Storage.Cosmos.Outreach;

/// <summary>
/// A broadcast's report: its recipients counted by status, and the messages sent counted by the delivery status the
/// conversation store holds for them (one read per message sent: a staff report, not a hot path).
/// </summary>
internal sealed class BroadcastTally(IConversationStore conversations)
{
    public async Task<BroadcastCounts> CountAsync(IEnumerable<BroadcastRecipient> recipients, CancellationToken cancellationToken)
    {
        var rows = new List<(BroadcastRecipient Recipient, string? Delivery)>();
        foreach (var recipient in recipients)
            rows.Add((recipient, await DeliveryOfAsync(recipient, cancellationToken)));
        int Sum(Func<(BroadcastRecipient Recipient, string? Delivery), bool> which) => rows.Count(which);
        static bool Sent((BroadcastRecipient Recipient, string? Delivery) r) => r.Recipient.Status == RecipientStatus.Sent && r.Delivery != "blocked";
        return new BroadcastCounts(
            Planned: rows.Count,
            Waiting: Sum(r => r.Recipient.Status is RecipientStatus.Planned or RecipientStatus.Sending),
            Sent: Sum(Sent),
            Delivered: Sum(r => Sent(r) && r.Delivery is "delivered" or "read"),
            Failed: Sum(r => Sent(r) && r.Delivery is "failed" or "undelivered"),
            OptedOut: Sum(r => r.Recipient.Status == RecipientStatus.OptedOut || (r.Recipient.Status == RecipientStatus.Sent && r.Delivery == "blocked")),
            Unreachable: Sum(r => r.Recipient.Status == RecipientStatus.Unreachable),
            Cancelled: Sum(r => r.Recipient.Status == RecipientStatus.Cancelled),
            ByChannel: rows.Where(r => r.Recipient.ChannelId.Length > 0).GroupBy(r => r.Recipient.ChannelId).ToDictionary(g => g.Key, g => g.Count()));
    }

    private async Task<string?> DeliveryOfAsync(BroadcastRecipient recipient, CancellationToken cancellationToken)
    {
        if (recipient.Status != RecipientStatus.Sent || recipient.ConversationId is null || recipient.Sequence is not { } sequence)
            return null;
        var messages = await conversations.GetMessagesAsync(recipient.ConversationId, sequence - 1, 1, cancellationToken);
        return messages.FirstOrDefault(m => m.Sequence == sequence)?.DeliveryStatus;
    }
}
