using CityCrm.Conversations.Outbox;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Conversations;

/// <summary>
/// The outbox's head pointers (one per conversation with pending entries) and its entry ids. A head is created after
/// its message and moved or removed after the entry it names leaves the pending state, and then checked again, so a
/// reply appended meanwhile is never left without a head.
/// </summary>
internal sealed class CosmosOutboxHeads(CosmosCollection conversations, CosmosCollection work)
{
    /// <summary>Reserves <paramref name="count"/> consecutive entry ids and returns the first.</summary>
    public async Task<long> ReserveEntryIdsAsync(int count, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await work.ReadAsync<EntryIdCounter>(EntryIdCounter.DocumentId, EntryIdCounter.Partition, cancellationToken);
            if (read is null)
            {
                if (await work.CreateAsync(new EntryIdCounter(EntryIdCounter.DocumentId, EntryIdCounter.Partition, count), EntryIdCounter.Partition, cancellationToken))
                    return 1;
                continue;
            }
            var next = read.Document with { Last = read.Document.Last + count };
            if (await work.ReplaceAsync(next, EntryIdCounter.DocumentId, EntryIdCounter.Partition, read.ETag, cancellationToken))
                return read.Document.Last + 1;
        }
    }

    /// <summary>Makes the conversation's first pending entry its head, unless it already has one.</summary>
    public async Task EnsureAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (await FirstPendingAsync(conversationId, cancellationToken) is { } first)
            await work.CreateAsync(first, OutboxHead.Partition, cancellationToken);
    }

    /// <summary>Moves the head on after its entry stopped being pending (or its time to try changed).</summary>
    public async Task AdvanceAsync(string conversationId, CancellationToken cancellationToken)
    {
        var id = OutboxHead.IdFor(conversationId);
        while (true)
        {
            var current = await work.ReadAsync<OutboxHead>(id, OutboxHead.Partition, cancellationToken);
            var first = await FirstPendingAsync(conversationId, cancellationToken);
            if (current is null)
            {
                if (first is null || await work.CreateAsync(first, OutboxHead.Partition, cancellationToken))
                    return;
                continue;
            }
            if (first is not null)
            {
                if (first == current.Document || await work.ReplaceAsync(first, id, OutboxHead.Partition, current.ETag, cancellationToken))
                    return;
                continue;
            }
            await work.DeleteAsync(id, OutboxHead.Partition, cancellationToken);
            // A reply appended while the head was being removed found the head still there and left it to us.
            await EnsureAsync(conversationId, cancellationToken);
            return;
        }
    }

    /// <summary>The head naming entry <paramref name="entryId"/>, or null when that entry is not at the head of its conversation.</summary>
    public async Task<OutboxHead?> FindAsync(long entryId, CancellationToken cancellationToken) =>
        (await work.QueryAsync<OutboxHead>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.entryId = @entryId").WithParameter("@pk", OutboxHead.Partition).WithParameter("@entryId", entryId),
            OutboxHead.Partition, 1, cancellationToken)).FirstOrDefault();

    /// <summary>The heads soonest due first.</summary>
    public Task<List<OutboxHead>> ListAsync(int limit, CancellationToken cancellationToken) =>
        work.QueryAsync<OutboxHead>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk ORDER BY c.key").WithParameter("@pk", OutboxHead.Partition),
            OutboxHead.Partition, limit, cancellationToken);

    private async Task<OutboxHead?> FirstPendingAsync(string conversationId, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.type = @type AND c.pendingParts > 0 ORDER BY c.sequence")
            .WithParameter("@pk", conversationId).WithParameter("@type", MessageDocument.Kind);
        var message = (await conversations.QueryAsync<MessageDocument>(query, conversationId, 1, cancellationToken)).FirstOrDefault();
        return message?.FirstPending is { } part
            ? new OutboxHead(OutboxHead.IdFor(conversationId), OutboxHead.Partition, conversationId, message.Sequence, part.Part, part.EntryId,
                ConversationKeys.Sort(part.NextAttemptAt.UtcTicks, part.EntryId))
            : null;
    }

    /// <summary>Whether <paramref name="part"/> is still waiting to be sent.</summary>
    public static bool IsPending(OutboxPart? part) => part?.Status == DeliveryStatuses.Pending;
}
