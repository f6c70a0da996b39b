using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Conversations;

/// <summary>
/// The outbox on Cosmos DB. Entries live inside their message's document, so an entry's change and the message's
/// delivery fields are one ETag-guarded replace; the dispatcher finds work through one head pointer per conversation.
/// </summary>
public sealed class CosmosOutboxStore(CosmosStorage storage) : IOutboxStore
{
    private readonly CosmosCollection conversations = storage.Collection(CosmosConversationStore.ConversationsContainer.Name);
    private readonly CosmosCollection work = storage.Collection(CosmosConversationStore.WorkContainer.Name);
    private CosmosOutboxHeads Heads => new(conversations, work);

    public async Task<IReadOnlyList<OutboxEntry>> GetHeadsAsync(int limit, CancellationToken cancellationToken)
    {
        var heads = await Heads.ListAsync(limit, cancellationToken);
        var entries = new List<OutboxEntry>();
        foreach (var head in heads)
        {
            var message = (await ReadAsync(head.ConversationId, head.Sequence, cancellationToken))?.Document;
            var part = message?.Outbox?.FirstOrDefault(p => p.EntryId == head.EntryId);
            if (message?.Route is { } route && CosmosOutboxHeads.IsPending(part))
                entries.Add(new OutboxEntry(part!.EntryId, head.ConversationId, head.Sequence, part.Part, message.Outbox!.Count, route.InboxId,
                    route.ChannelId, route.Address, part.Text, part.Attempts, part.CreatedAt, part.NextAttemptAt, message.ToMessage().Activity, part.AttemptStartedAt));
            else
                // A head left behind by a crash between an entry's completion and the head's move.
                await Heads.AdvanceAsync(head.ConversationId, cancellationToken);
        }
        return entries;
    }

    public Task<Message?> CompleteAsync(long entryId, DeliveryState outcome, DateTimeOffset at, CancellationToken cancellationToken) =>
        UpdateHeadEntryAsync(entryId, (message, part) => part with
        {
            Status = outcome.Status, ProviderMessageId = outcome.ProviderMessageId, Error = outcome.Error, Attempts = part.Attempts + 1,
        }, outcome.ProviderMessageId, cancellationToken);

    public Task<Message?> RetryLaterAsync(long entryId, DateTimeOffset nextAttemptAt, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        UpdateHeadEntryAsync(entryId, (_, part) => part with { NextAttemptAt = nextAttemptAt, Error = reason, Attempts = part.Attempts + 1 }, null, cancellationToken);

    public async Task MarkAttemptAsync(long entryId, DateTimeOffset at, CancellationToken cancellationToken) =>
        await UpdateHeadEntryAsync(entryId, (_, part) => part with { AttemptStartedAt = part.AttemptStartedAt ?? at }, null, cancellationToken);

    public async Task<IReadOnlySet<string>> FindRecordedAsync(string channelId, IReadOnlyCollection<string> providerMessageIds, CancellationToken cancellationToken)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in providerMessageIds)
        {
            // The pointer is written before the entry records the id, so the entry itself has the last word.
            if (await FindSentAsync(channelId, id, cancellationToken) is { } located && located.Part.ProviderMessageId == id)
                found.Add(id);
        }
        return found;
    }

    public async Task<OutboxBacklog> GetBacklogAsync(CancellationToken cancellationToken)
    {
        // Across partitions: the lag gauge, read on a timer, never per message (see docs/cosmos.md).
        var query = new QueryDefinition("SELECT c.outbox FROM c WHERE c.type = @type AND c.pendingParts > 0").WithParameter("@type", MessageDocument.Kind);
        var pending = (await conversations.QueryAsync<BacklogRow>(query, null, int.MaxValue, cancellationToken))
            .SelectMany(r => r.Outbox).Where(p => p.Status == DeliveryStatuses.Pending).ToList();
        return new OutboxBacklog(pending.Count, pending.Count == 0 ? null : pending.Min(p => p.CreatedAt));
    }

    public async Task<DeliveryUpdate> ApplyReportAsync(DeliveryReport report, CancellationToken cancellationToken)
    {
        var status = report.Status.Trim().ToLowerInvariant();
        while (await FindSentAsync(report.ChannelId, report.ProviderMessageId, cancellationToken) is { } located)
        {
            if (located.Part.ProviderMessageId != report.ProviderMessageId)
                break;
            if (!DeliveryStatuses.CanMove(located.Part.Status, status))
                return new DeliveryUpdate(true, null);
            var error = DeliveryStatuses.IsProblem(status) ? report.ErrorCode ?? located.Part.Error : located.Part.Error;
            var changed = located.Message.Document.WithPart(located.Part with { Status = status, Error = error });
            if (await conversations.ReplaceAsync(changed, changed.Id, changed.Pk, located.Message.ETag, cancellationToken))
                return new DeliveryUpdate(true, DeliveryChanged(located.Message.Document, changed));
        }
        return new DeliveryUpdate(false, null);
    }

    private async Task<Message?> UpdateHeadEntryAsync(
        long entryId, Func<MessageDocument, OutboxPart, OutboxPart> change, string? providerMessageId, CancellationToken cancellationToken)
    {
        if (await Heads.FindAsync(entryId, cancellationToken) is not { } head)
            return null;
        while (await ReadAsync(head.ConversationId, head.Sequence, cancellationToken) is { } read)
        {
            var part = read.Document.Outbox?.FirstOrDefault(p => p.EntryId == entryId);
            if (!CosmosOutboxHeads.IsPending(part))
                return null;
            var updated = change(read.Document, part!);
            if (providerMessageId is not null && read.Document.Route is { } route)
                await work.UpsertAsync(new SentPointer(SentPointer.DocumentId, SentPointer.PartitionFor(route.ChannelId, providerMessageId), head.ConversationId, head.Sequence, part!.Part),
                    SentPointer.PartitionFor(route.ChannelId, providerMessageId), cancellationToken);
            var changed = read.Document.WithPart(updated);
            if (!await conversations.ReplaceAsync(changed, changed.Id, changed.Pk, read.ETag, cancellationToken))
                continue;
            if (updated.Status != DeliveryStatuses.Pending || updated.NextAttemptAt != part!.NextAttemptAt)
                await Heads.AdvanceAsync(head.ConversationId, cancellationToken);
            return DeliveryChanged(read.Document, changed);
        }
        return null;
    }

    // The message is returned only when its delivery fields changed, so an unchanged retry pushes nothing to agents.
    private static Message? DeliveryChanged(MessageDocument before, MessageDocument after) =>
        (before.DeliveryStatus, before.ProviderMessageId, before.DeliveryError) == (after.DeliveryStatus, after.ProviderMessageId, after.DeliveryError)
            ? null
            : after.ToMessage();

    private async Task<(CosmosItem<MessageDocument> Message, OutboxPart Part)?> FindSentAsync(string channelId, string providerMessageId, CancellationToken cancellationToken)
    {
        var partition = SentPointer.PartitionFor(channelId, providerMessageId);
        if ((await work.ReadAsync<SentPointer>(SentPointer.DocumentId, partition, cancellationToken))?.Document is not { } pointer)
            return null;
        var message = await ReadAsync(pointer.ConversationId, pointer.Sequence, cancellationToken);
        var part = message?.Document.Outbox?.FirstOrDefault(p => p.Part == pointer.Part);
        return message is null || part is null ? null : (message, part);
    }

    private Task<CosmosItem<MessageDocument>?> ReadAsync(string conversationId, long sequence, CancellationToken cancellationToken) =>
        conversations.ReadAsync<MessageDocument>(ConversationKeys.Message(sequence), conversationId, cancellationToken);

    private sealed record BacklogRow(IReadOnlyList<OutboxPart> Outbox);
}
