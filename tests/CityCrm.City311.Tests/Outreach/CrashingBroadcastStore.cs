using CityCrm.Conversations.Outreach;

namespace CityCrm.City311.Tests.Outreach;

/// <summary>
/// The real broadcast store, except that recording the <c>crashOnSent</c>-th "sent" throws, as a process killed just
/// after the message was written and before its recipient was marked would leave things.
/// </summary>
public sealed class CrashingBroadcastStore(IBroadcastStore inner, int crashOnSent) : IBroadcastStore
{
    private int sent;

    public Task CompleteAsync(string broadcastId, string contactId, string status, long? sequence, string? detail, DateTimeOffset at, CancellationToken cancellationToken) =>
        status == RecipientStatus.Sent && Interlocked.Increment(ref sent) == crashOnSent
            ? throw new IOException("The process stopped here.")
            : inner.CompleteAsync(broadcastId, contactId, status, sequence, detail, at, cancellationToken);

    public Task PlanAsync(Broadcast broadcast, IReadOnlyList<BroadcastRecipient> recipients, CancellationToken cancellationToken) =>
        inner.PlanAsync(broadcast, recipients, cancellationToken);

    public Task<Broadcast?> GetAsync(string id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<Broadcast>> ListAsync(int limit, CancellationToken cancellationToken) => inner.ListAsync(limit, cancellationToken);

    public Task<IReadOnlyList<string>> ListWaitingChannelsAsync(CancellationToken cancellationToken) => inner.ListWaitingChannelsAsync(cancellationToken);

    public Task<IReadOnlyList<BroadcastRecipient>> ListWaitingAsync(string channelId, int limit, CancellationToken cancellationToken) =>
        inner.ListWaitingAsync(channelId, limit, cancellationToken);

    public Task MarkSendingAsync(string broadcastId, string contactId, string conversationId, DateTimeOffset at, CancellationToken cancellationToken) =>
        inner.MarkSendingAsync(broadcastId, contactId, conversationId, at, cancellationToken);

    public Task FinishDoneAsync(DateTimeOffset at, CancellationToken cancellationToken) => inner.FinishDoneAsync(at, cancellationToken);

    public Task<bool> CancelAsync(string id, DateTimeOffset at, CancellationToken cancellationToken) => inner.CancelAsync(id, at, cancellationToken);

    public Task<BroadcastCounts> CountAsync(string id, CancellationToken cancellationToken) => inner.CountAsync(id, cancellationToken);

    public Task<IReadOnlyList<BroadcastRecipient>> ListRecipientsAsync(string id, int limit, CancellationToken cancellationToken) =>
        inner.ListRecipientsAsync(id, limit, cancellationToken);
}
