using CityCrm.Conversations.Model;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Conversations;

/// <summary>
/// Appends messages to a conversation's partition: the sequence comes from the ETag-guarded counter on the
/// conversation document, and a provider's id is claimed by a marker document before the message is written, so a
/// retry (even a concurrent one) is stored once.
/// </summary>
internal sealed class CosmosTranscript(CosmosCollection conversations, CosmosCollection work, TimeProvider clock)
{
    /// <summary>How long a claim on a provider's id may stay unfinished before another writer takes it over (its writer died).</summary>
    private static readonly TimeSpan ClaimTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Stores <paramref name="message"/> with the next sequence, built by <paramref name="build"/> (which adds outbox
    /// entries for a reply), or returns the message already stored under its external id.
    /// </summary>
    public async Task<AppendResult> AppendAsync(Message message, Func<Message, ConversationDocument, MessageDocument> build, CancellationToken cancellationToken)
    {
        var markerId = message.ExternalId is null ? null : ExternalIdMarker.IdFor(message.ExternalId);
        if (markerId is not null && await ClaimExternalIdAsync(message, markerId, cancellationToken) is { } duplicate)
            return new AppendResult(duplicate, true);
        var conversation = await NextSequenceAsync(message.ConversationId, cancellationToken);
        message.Sequence = conversation.LastSequence;
        var document = build(message, conversation);
        // The pointer first: a crash after it leaves a pointer to a message that never came, which readers skip;
        // the other order could leave an unanswered message nobody looks at again.
        if (!document.Handled)
            await work.UpsertAsync(new UnhandledPointer(UnhandledPointer.IdFor(message.ConversationId, message.Sequence), UnhandledPointer.Partition,
                message.ConversationId, message.Sequence, document.ThreadKey), UnhandledPointer.Partition, cancellationToken);
        // The sequence was reserved for this call alone, so a conflict here means the data was changed behind the store.
        if (!await conversations.CreateAsync(document, message.ConversationId, cancellationToken))
            throw new InvalidOperationException($"Message {message.Sequence} of conversation {message.ConversationId} already exists.");
        if (markerId is not null)
            await conversations.UpsertAsync(new ExternalIdMarker(markerId, message.ConversationId, ExternalIdMarker.Kind, message.ExternalId!,
                message.Sequence, clock.GetUtcNow()), message.ConversationId, cancellationToken);
        return new AppendResult(message, false);
    }

    public async Task<CosmosItem<MessageDocument>?> ReadAsync(string conversationId, long sequence, CancellationToken cancellationToken) =>
        await conversations.ReadAsync<MessageDocument>(ConversationKeys.Message(sequence), conversationId, cancellationToken);

    public async Task<IReadOnlyList<Message>> GetMessagesAsync(string conversationId, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.type = @type AND c.sequence > @after ORDER BY c.sequence")
            .WithParameter("@pk", conversationId).WithParameter("@type", MessageDocument.Kind).WithParameter("@after", afterSequence);
        return [.. (await conversations.QueryAsync<MessageDocument>(query, conversationId, limit, cancellationToken)).Select(d => d.ToMessage())];
    }

    // Returns the stored message when the id is already someone's; null when this call now owns the claim.
    private async Task<Message?> ClaimExternalIdAsync(Message message, string markerId, CancellationToken cancellationToken)
    {
        var claim = new ExternalIdMarker(markerId, message.ConversationId, ExternalIdMarker.Kind, message.ExternalId!, 0, clock.GetUtcNow());
        for (var attempt = 0; ; attempt++)
        {
            var marker = await conversations.ReadAsync<ExternalIdMarker>(markerId, message.ConversationId, cancellationToken);
            if (marker is null)
            {
                if (await conversations.CreateAsync(claim, message.ConversationId, cancellationToken))
                    return null;
                continue;
            }
            if (marker.Document.Sequence > 0 && await ReadAsync(message.ConversationId, marker.Document.Sequence, cancellationToken) is { } stored)
                return stored.Document.ToMessage();
            if (marker.Document.ClaimedAt + ClaimTimeout < clock.GetUtcNow())
            {
                // Its writer died mid-append; the message may still have been written.
                if (await FindByExternalIdAsync(message.ConversationId, message.ExternalId!, cancellationToken) is { } found)
                    return found;
                if (await conversations.ReplaceAsync(claim, markerId, message.ConversationId, marker.ETag, cancellationToken))
                    return null;
                continue;
            }
            // Another request is appending the same provider message right now: wait for its sequence.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(200, 10 * (attempt + 1))), cancellationToken);
        }
    }

    private async Task<Message?> FindByExternalIdAsync(string conversationId, string externalId, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.type = @type AND c.externalId = @externalId")
            .WithParameter("@pk", conversationId).WithParameter("@type", MessageDocument.Kind).WithParameter("@externalId", externalId);
        return (await conversations.QueryAsync<MessageDocument>(query, conversationId, 1, cancellationToken)).FirstOrDefault()?.ToMessage();
    }

    private async Task<ConversationDocument> NextSequenceAsync(string conversationId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await conversations.ReadAsync<ConversationDocument>(ConversationDocument.DocumentId, conversationId, cancellationToken)
                ?? throw new InvalidOperationException($"Conversation {conversationId} does not exist.");
            var next = read.Document with { LastSequence = read.Document.LastSequence + 1 };
            if (await conversations.ReplaceAsync(next, ConversationDocument.DocumentId, conversationId, read.ETag, cancellationToken))
                return next;
        }
    }
}
