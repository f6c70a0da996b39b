using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Outbox;

/// <summary>
/// The durable outbox the dispatcher works from. Entries are written with their message by
/// <see cref="IConversationStore.AppendForDeliveryAsync"/>; every change here also updates the message's
/// delivery fields in the same transaction and returns the message when they changed.
/// </summary>
public interface IOutboxStore
{
    /// <summary>
    /// The first pending entry of each conversation that has one (never a later entry while an earlier one is
    /// pending), soonest <see cref="OutboxEntry.NextAttemptAt"/> first.
    /// </summary>
    Task<IReadOnlyList<OutboxEntry>> GetHeadsAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Ends the entry's time in the outbox: accepted with the provider's id and status, or failed or blocked with the reason.</summary>
    Task<Message?> CompleteAsync(long entryId, DeliveryState outcome, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Keeps the entry pending until <paramref name="nextAttemptAt"/>, noting the attempt and its reason.</summary>
    Task<Message?> RetryLaterAsync(long entryId, DateTimeOffset nextAttemptAt, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Notes, before the entry is handed to a provider, that an attempt began; the first mark is kept until the entry
    /// completes, so an answer lost to a crash is looked for from then on.
    /// </summary>
    Task MarkAttemptAsync(long entryId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Which of <paramref name="providerMessageIds"/> are already recorded on an entry of <paramref name="channelId"/>.</summary>
    Task<IReadOnlySet<string>> FindRecordedAsync(string channelId, IReadOnlyCollection<string> providerMessageIds, CancellationToken cancellationToken);

    /// <summary>How many entries are pending and when the oldest was written, for the outbox lag gauge.</summary>
    Task<OutboxBacklog> GetBacklogAsync(CancellationToken cancellationToken);

    /// <summary>Applies a provider's status report to the entry with that channel and provider id, if it moves it forward.</summary>
    Task<DeliveryUpdate> ApplyReportAsync(DeliveryReport report, CancellationToken cancellationToken);
}
