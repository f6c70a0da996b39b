namespace CityCrm.Conversations.Outreach;

/// <summary>Broadcasts and their recipients: planned in one transaction, then moved on one recipient at a time.</summary>
public interface IBroadcastStore
{
    /// <summary>Stores the broadcast and every recipient (status planned) in one transaction: all or nothing.</summary>
    Task PlanAsync(Broadcast broadcast, IReadOnlyList<BroadcastRecipient> recipients, CancellationToken cancellationToken);

    Task<Broadcast?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>The latest broadcasts, newest first.</summary>
    Task<IReadOnlyList<Broadcast>> ListAsync(int limit, CancellationToken cancellationToken);

    /// <summary>The channels on which recipients of broadcasts still sending wait.</summary>
    Task<IReadOnlyList<string>> ListWaitingChannelsAsync(CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> recipients waiting on the channel (planned or sending), oldest broadcast first, in position order.</summary>
    Task<IReadOnlyList<BroadcastRecipient>> ListWaitingAsync(string channelId, int limit, CancellationToken cancellationToken);

    /// <summary>Records the conversation the recipient's message goes into (status sending), before it is written.</summary>
    Task MarkSendingAsync(string broadcastId, string contactId, string conversationId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Ends the recipient's turn: sent (with the message's sequence), opted-out or unreachable (with why).</summary>
    Task CompleteAsync(string broadcastId, string contactId, string status, long? sequence, string? detail, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Marks broadcasts still sending whose recipients were all reached as finished.</summary>
    Task FinishDoneAsync(DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Cancels a sending broadcast and every recipient still waiting, in one transaction; false when it was not sending.</summary>
    Task<bool> CancelAsync(string id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The recipients counted by status, and the sent messages by delivery status.</summary>
    Task<BroadcastCounts> CountAsync(string id, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> recipients in position order, for a sample in the report.</summary>
    Task<IReadOnlyList<BroadcastRecipient>> ListRecipientsAsync(string id, int limit, CancellationToken cancellationToken);
}
