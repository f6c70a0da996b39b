using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outreach;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Outreach;

/// <summary>
/// Broadcasts in container <c>outreach</c>: each in its own partition with one document per recipient (thousands do
/// not fit one document), so a recipient's move is a point replace and a broadcast's recipients are one partition,
/// paged by continuation. Finding the broadcasts still sending reads across partitions: the sender's background poll.
/// A cancel is decided on the broadcast document alone; its planned recipients follow it.
/// </summary>
public sealed class CosmosBroadcastStore(CosmosStorage storage, IConversationStore conversations) : IBroadcastStore
{
    private readonly CosmosCollection outreach = storage.Collection(CosmosSegmentStore.Container.Name);

    public async Task PlanAsync(Broadcast broadcast, IReadOnlyList<BroadcastRecipient> recipients, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        ArgumentNullException.ThrowIfNull(recipients);
        var head = BroadcastHead.From(broadcast, Guid.NewGuid().ToString("N"));
        if (await outreach.ReadAsync<BroadcastHead>(head.Id, head.Pk, cancellationToken) is not null)
            throw new InvalidOperationException($"A broadcast with id {broadcast.Id} already exists.");
        // Recipients first, several at a time, under this plan's id; the head written last makes them visible at once.
        await Parallel.ForEachAsync(recipients, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (r, ct) => await outreach.CreateAsync(RecipientDocument.From(r, head.PlanId), head.Pk, ct));
        if (!await outreach.CreateAsync(head, head.Pk, cancellationToken))
            throw new InvalidOperationException($"A broadcast with id {broadcast.Id} already exists.");
    }

    public async Task<Broadcast?> GetAsync(string id, CancellationToken cancellationToken) =>
        (await ReadHeadAsync(id, cancellationToken))?.Document.Broadcast;

    public async Task<IReadOnlyList<Broadcast>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        // Across partitions: the supervisors' list of broadcasts.
        var heads = await outreach.QueryAsync<BroadcastHead>(
            new QueryDefinition("SELECT * FROM c WHERE c.type = @kind ORDER BY c.createdTicks DESC").WithParameter("@kind", BroadcastHead.Kind),
            null, limit, cancellationToken);
        return [.. heads.Select(h => h.Broadcast)];
    }

    public async Task<IReadOnlyList<string>> ListWaitingChannelsAsync(CancellationToken cancellationToken)
    {
        var channels = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var head in await SendingAsync(cancellationToken))
            channels.UnionWith(await outreach.QueryAsync<string>(
                new QueryDefinition("SELECT VALUE c.channelId FROM c WHERE c.pk = @pk AND c.type = @kind AND c.planId = @plan AND (c.status = @planned OR c.status = @sending)")
                    .WithParameter("@pk", head.Pk).WithParameter("@kind", RecipientDocument.Kind).WithParameter("@plan", head.PlanId)
                    .WithParameter("@planned", RecipientStatus.Planned).WithParameter("@sending", RecipientStatus.Sending),
                head.Pk, int.MaxValue, cancellationToken));
        return [.. channels];
    }

    public async Task<IReadOnlyList<BroadcastRecipient>> ListWaitingAsync(string channelId, int limit, CancellationToken cancellationToken)
    {
        var waiting = new List<BroadcastRecipient>();
        foreach (var head in await SendingAsync(cancellationToken))
        {
            if (waiting.Count >= limit)
                break;
            var documents = await outreach.QueryAsync<RecipientDocument>(
                new QueryDefinition(
                    "SELECT * FROM c WHERE c.pk = @pk AND c.type = @kind AND c.planId = @plan AND c.channelId = @channel AND (c.status = @planned OR c.status = @sending) ORDER BY c.position")
                    .WithParameter("@pk", head.Pk).WithParameter("@kind", RecipientDocument.Kind).WithParameter("@plan", head.PlanId).WithParameter("@channel", channelId)
                    .WithParameter("@planned", RecipientStatus.Planned).WithParameter("@sending", RecipientStatus.Sending),
                head.Pk, limit - waiting.Count, cancellationToken);
            waiting.AddRange(documents.Select(d => d.Recipient));
        }
        return waiting;
    }

    public async Task MarkSendingAsync(string broadcastId, string contactId, string conversationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if ((await ReadHeadAsync(broadcastId, cancellationToken))?.Document is not { Status: BroadcastStatus.Sending } head)
            return;
        await ChangeRecipientAsync(head, contactId,
            r => r.Status == RecipientStatus.Planned ? r with { Status = RecipientStatus.Sending, ConversationId = conversationId } : null, cancellationToken);
    }

    public async Task CompleteAsync(string broadcastId, string contactId, string status, long? sequence, string? detail, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if ((await ReadHeadAsync(broadcastId, cancellationToken))?.Document is not { } head)
            return;
        await ChangeRecipientAsync(head, contactId,
            r => r.Status is RecipientStatus.Planned or RecipientStatus.Sending ? r with { Status = status, Sequence = sequence, Detail = detail } : null, cancellationToken);
    }

    public async Task FinishDoneAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        foreach (var head in await SendingAsync(cancellationToken))
        {
            var anyWaiting = await outreach.QueryPageAsync<string>(
                new QueryDefinition("SELECT VALUE c.id FROM c WHERE c.pk = @pk AND c.type = @kind AND c.planId = @plan AND (c.status = @planned OR c.status = @sending)")
                    .WithParameter("@pk", head.Pk).WithParameter("@kind", RecipientDocument.Kind).WithParameter("@plan", head.PlanId)
                    .WithParameter("@planned", RecipientStatus.Planned).WithParameter("@sending", RecipientStatus.Sending),
                head.Pk, 1, null, cancellationToken);
            if (anyWaiting.Items.Count > 0)
                continue;
            var stored = await ReadHeadAsync(head.Broadcast.Id, cancellationToken);
            // Under the ETag: a cancel that came in meanwhile wins, and the next poll finds nothing to finish.
            if (stored?.Document.Status == BroadcastStatus.Sending)
                await outreach.ReplaceAsync(stored.Document.With(stored.Document.Broadcast with { Status = BroadcastStatus.Finished, FinishedAt = at }),
                    stored.Document.Id, stored.Document.Pk, stored.ETag, cancellationToken);
        }
    }

    public async Task<bool> CancelAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        while (true)
        {
            var stored = await ReadHeadAsync(id, cancellationToken);
            if (stored?.Document.Status != BroadcastStatus.Sending)
                return false;
            var cancelled = stored.Document.With(stored.Document.Broadcast.Cancel(at));
            if (!await outreach.ReplaceAsync(cancelled, cancelled.Id, cancelled.Pk, stored.ETag, cancellationToken))
                continue;
            await TidyCancelledAsync(cancelled, cancellationToken);
            return true;
        }
    }

    public async Task<BroadcastCounts> CountAsync(string id, CancellationToken cancellationToken) =>
        await new BroadcastTally(conversations).CountAsync(await ListRecipientsAsync(id, int.MaxValue, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<BroadcastRecipient>> ListRecipientsAsync(string id, int limit, CancellationToken cancellationToken)
    {
        if ((await ReadHeadAsync(id, cancellationToken))?.Document is not { } head)
            return [];
        return [.. (await RecipientsAsync(head, limit, cancellationToken)).Select(r => r.Effective(head.Status))];
    }

    /// <summary>
    /// Marks the planned recipients of a cancelled broadcast cancelled. The cancel stands without it (readers treat
    /// planned recipients of a cancelled broadcast as cancelled); this tidies the documents.
    /// </summary>
    private async Task TidyCancelledAsync(BroadcastHead head, CancellationToken cancellationToken)
    {
        foreach (var recipient in await RecipientsAsync(head, int.MaxValue, cancellationToken))
        {
            if (recipient.Recipient.Status == RecipientStatus.Planned)
                await ChangeRecipientAsync(head, recipient.Recipient.ContactId,
                    r => r.Status == RecipientStatus.Planned ? r with { Status = RecipientStatus.Cancelled } : null, cancellationToken);
        }
    }

    private Task<CosmosItem<BroadcastHead>?> ReadHeadAsync(string id, CancellationToken cancellationToken) =>
        outreach.ReadAsync<BroadcastHead>("head", BroadcastHead.PartitionOf(id), cancellationToken);

    private async Task<List<BroadcastHead>> SendingAsync(CancellationToken cancellationToken)
    {
        // Across partitions: the sender's and the finisher's background poll over the few broadcasts still sending.
        var heads = await outreach.QueryAsync<BroadcastHead>(
            new QueryDefinition("SELECT * FROM c WHERE c.type = @kind AND c.status = @sending")
                .WithParameter("@kind", BroadcastHead.Kind).WithParameter("@sending", BroadcastStatus.Sending),
            null, int.MaxValue, cancellationToken);
        return [.. heads.OrderBy(h => h.CreatedTicks).ThenBy(h => h.Broadcast.Id, StringComparer.Ordinal)];
    }

    private Task<List<RecipientDocument>> RecipientsAsync(BroadcastHead head, int limit, CancellationToken cancellationToken) =>
        outreach.QueryAsync<RecipientDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.type = @kind AND c.planId = @plan ORDER BY c.position")
                .WithParameter("@pk", head.Pk).WithParameter("@kind", RecipientDocument.Kind).WithParameter("@plan", head.PlanId),
            head.Pk, limit, cancellationToken);

    private async Task ChangeRecipientAsync(BroadcastHead head, string contactId, Func<BroadcastRecipient, BroadcastRecipient?> change, CancellationToken cancellationToken)
    {
        while (true)
        {
            var stored = await outreach.ReadAsync<RecipientDocument>(RecipientDocument.IdOf(head.PlanId, contactId), head.Pk, cancellationToken);
            if (stored is null || change(stored.Document.Recipient) is not { } changed)
                return;
            var next = RecipientDocument.From(changed, head.PlanId);
            if (await outreach.ReplaceAsync(next, next.Id, next.Pk, stored.ETag, cancellationToken))
                return;
        }
    }
}
