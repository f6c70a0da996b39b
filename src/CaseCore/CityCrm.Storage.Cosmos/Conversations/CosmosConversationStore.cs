using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Conversations;

/// <summary>
/// Contacts, conversations and transcripts on Cosmos DB. A conversation and its messages share a partition (the
/// conversation id); contacts and identities have their own containers; the global views read small pointer documents
/// in the <c>work</c> container. See docs/cosmos.md, "Conversations, contacts and the outbox".
/// </summary>
public sealed class CosmosConversationStore(CosmosStorage storage, TimeProvider clock) : IConversationStore
{
    /// <summary>Messages and their conversation, partitioned by conversation id.</summary>
    public static readonly CosmosContainerSpec ConversationsContainer = new("conversations");

    /// <summary>Pointer documents for the global views, one partition per kind.</summary>
    public static readonly CosmosContainerSpec WorkContainer = new("work");

    /// <summary>Every container this store (and the outbox store, which shares them) needs.</summary>
    public static readonly CosmosContainerSpec[] Containers =
        [ConversationsContainer, WorkContainer, CosmosContactDirectory.ContactsContainer, CosmosContactDirectory.IdentitiesContainer];

    private readonly CosmosCollection conversations = storage.Collection(ConversationsContainer.Name);
    private readonly CosmosCollection work = storage.Collection(WorkContainer.Name);
    private readonly CosmosContactDirectory directory = new(storage, clock);
    private CosmosTranscript Transcript => new(conversations, work, clock);
    private CosmosThreadReader Threads => new(conversations, directory.Contacts);
    private CosmosOutboxHeads Heads => new(conversations, work);

    public Task<Contact> GetOrCreateContactAsync(string inboxId, string address, string? displayName, CancellationToken cancellationToken) =>
        directory.GetOrCreateAsync(inboxId, address, displayName, cancellationToken);

    public Task<Contact?> GetContactAsync(string contactId, CancellationToken cancellationToken) => directory.GetAsync(contactId, cancellationToken);

    public Task<bool> SetContactLanguageAsync(string contactId, string language, CancellationToken cancellationToken) =>
        directory.SetLanguageAsync(contactId, language, cancellationToken);

    public Task<IReadOnlyList<ContactIdentity>> FindIdentitiesAsync(string address, CancellationToken cancellationToken) =>
        directory.FindIdentitiesAsync(address, cancellationToken);

    public async Task<bool> LinkIdentityAsync(string inboxId, string address, string contactId, CancellationToken cancellationToken)
    {
        if (await directory.ReadIdentityAsync(inboxId, address, cancellationToken) is not { } identity || await directory.GetAsync(contactId, cancellationToken) is null)
            return false;
        var from = identity.Document.ContactId;
        var moving = (await Threads.PointersAsync(from, cancellationToken)).Where(p => p.InboxId == inboxId && p.Address == address);
        // Each step can be repeated: a link cut short by a crash is completed by the resident's next proof.
        foreach (var pointer in moving)
        {
            await directory.Contacts.UpsertAsync(pointer with { Pk = contactId }, contactId, cancellationToken);
            await UpdateConversationAsync(pointer.ConversationId, c => c with { ContactId = contactId }, cancellationToken);
            if (from != contactId)
                await directory.Contacts.DeleteAsync(pointer.Id, from, cancellationToken);
        }
        while (!await directory.MoveIdentityAsync(identity, contactId, cancellationToken))
            identity = await directory.ReadIdentityAsync(inboxId, address, cancellationToken) ?? throw new InvalidOperationException("The identity was removed while being linked.");
        return true;
    }

    public async Task<Conversation?> GetAsync(string conversationId, CancellationToken cancellationToken) =>
        (await ReadConversationAsync(conversationId, cancellationToken))?.Document.ToConversation();

    public async Task<Conversation?> FindLatestAsync(string inboxId, string contactId, CancellationToken cancellationToken)
    {
        var latest = (await Threads.PointersAsync(contactId, cancellationToken)).Where(p => p.InboxId == inboxId)
            .OrderByDescending(p => p.CreatedTicks).FirstOrDefault();
        return latest is null ? null : await GetAsync(latest.ConversationId, cancellationToken);
    }

    public async Task<bool> CreateAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var document = ConversationDocument.From(conversation.ToSnapshot() with { Version = 0 }, 0);
        if (!await conversations.CreateAsync(document, document.Pk, cancellationToken))
            return false;
        await directory.Contacts.UpsertAsync(ConversationPointer.For(document, document.ContactId), document.ContactId, cancellationToken);
        return true;
    }

    public async Task SaveAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var s = conversation.ToSnapshot();
        var saved = await UpdateConversationAsync(conversation.Id, stored => stored.Version != s.Version
            ? throw new ConcurrencyConflictException($"Conversation {conversation.Id} was changed by someone else.")
            : stored with
            {
                Status = (int)s.Status, AssigneeId = s.AssigneeId, HandoffReason = s.HandoffReason, UpdatedAt = s.UpdatedAt,
                UpdatedTicks = s.UpdatedAt.UtcTicks, QueuedAt = s.QueuedAt, ResolvedAt = s.ResolvedAt, BotState = s.BotState,
                Locale = s.Locale, Queue = s.Queue, Disposition = s.Disposition, Version = s.Version + 1,
            }, cancellationToken);
        if (!saved)
            throw new ConcurrencyConflictException($"Conversation {conversation.Id} does not exist.");
        conversation.Version++;
    }

    public Task<AppendResult> AppendAsync(Message message, CancellationToken cancellationToken) =>
        Transcript.AppendAsync(message, (m, _) => MessageDocument.From(m, null, null), cancellationToken);

    public async Task<AppendResult> AppendForDeliveryAsync(Message message, IReadOnlyList<string> parts, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(parts.Count);
        if (parts.Any(p => p is null))
            throw new ArgumentException("Every part of a reply needs its text.", nameof(parts));
        message.DeliveryStatus = DeliveryStatuses.Pending;
        var firstId = await Heads.ReserveEntryIdsAsync(parts.Count, cancellationToken);
        var now = clock.GetUtcNow();
        var result = await Transcript.AppendAsync(message, (m, c) => MessageDocument.From(m, new DeliveryRoute(c.InboxId, c.ChannelId, c.Address),
            [.. parts.Select((text, i) => new OutboxPart(firstId + i, i + 1, text, DeliveryStatuses.Pending, null, null, 0, now, now, null))]), cancellationToken);
        if (!result.Duplicate)
            await Heads.EnsureAsync(message.ConversationId, cancellationToken);
        return result;
    }

    public async Task<IReadOnlyList<Conversation>> ListByContactAsync(string contactId, int limit, CancellationToken cancellationToken)
    {
        var pointers = await Threads.PointersAsync(contactId, cancellationToken);
        var found = await Task.WhenAll(pointers.Select(p => GetAsync(p.ConversationId, cancellationToken)));
        return [.. found.OfType<Conversation>().Where(c => c.ContactId == contactId).OrderByDescending(c => c.UpdatedAt).Take(limit)];
    }

    public Task<IReadOnlyList<ThreadMessage>> GetThreadPageAsync(string contactId, ThreadPosition? before, int limit, CancellationToken cancellationToken) =>
        Threads.ReadAsync(contactId, before, limit, cancellationToken);

    public Task<IReadOnlyList<Message>> GetMessagesAsync(string conversationId, long afterSequence, int limit, CancellationToken cancellationToken) =>
        Transcript.GetMessagesAsync(conversationId, afterSequence, limit, cancellationToken);

    public async Task<IReadOnlyList<Conversation>> ListAsync(IReadOnlyCollection<ConversationStatus> statuses, int limit, CancellationToken cancellationToken)
    {
        // Across partitions: the agents' queue views, read when a console loads, never per message (see docs/cosmos.md).
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type AND ARRAY_CONTAINS(@statuses, c.status) ORDER BY c.updatedTicks DESC")
            .WithParameter("@type", ConversationDocument.Kind).WithParameter("@statuses", statuses.Select(s => (int)s).ToArray());
        return [.. (await conversations.QueryAsync<ConversationDocument>(query, null, limit, cancellationToken)).Select(d => d.ToConversation())];
    }

    public async Task<IReadOnlyList<Message>> GetUnhandledIncomingAsync(int limit, CancellationToken cancellationToken)
    {
        var pointers = await work.QueryAsync<UnhandledPointer>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk ORDER BY c.key").WithParameter("@pk", UnhandledPointer.Partition),
            UnhandledPointer.Partition, limit, cancellationToken);
        var messages = await Task.WhenAll(pointers.Select(p => Transcript.ReadAsync(p.ConversationId, p.Sequence, cancellationToken)));
        // A pointer whose append never finished has no message; one already handled lost its pointer's removal to a crash.
        return [.. messages.Where(m => m is { Document.Handled: false }).Select(m => m!.Document.ToMessage())];
    }

    public async Task MarkHandledAsync(string conversationId, long sequence, CancellationToken cancellationToken)
    {
        while (await Transcript.ReadAsync(conversationId, sequence, cancellationToken) is { } read && !read.Document.Handled)
        {
            if (await conversations.ReplaceAsync(read.Document with { Handled = true }, read.Document.Id, conversationId, read.ETag, cancellationToken))
                break;
        }
        await work.DeleteAsync(UnhandledPointer.IdFor(conversationId, sequence), UnhandledPointer.Partition, cancellationToken);
    }

    public async Task<bool> IsHandledAsync(string conversationId, long sequence, CancellationToken cancellationToken) =>
        (await Transcript.ReadAsync(conversationId, sequence, cancellationToken))?.Document.Handled == true;

    private Task<CosmosItem<ConversationDocument>?> ReadConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        conversations.ReadAsync<ConversationDocument>(ConversationDocument.DocumentId, conversationId, cancellationToken);

    // Read, change, replace if unchanged since the read; again from a fresh read when an append moved the counter meanwhile.
    private async Task<bool> UpdateConversationAsync(string conversationId, Func<ConversationDocument, ConversationDocument> change, CancellationToken cancellationToken)
    {
        while (await ReadConversationAsync(conversationId, cancellationToken) is { } read)
        {
            if (await conversations.ReplaceAsync(change(read.Document), ConversationDocument.DocumentId, conversationId, read.ETag, cancellationToken))
                return true;
        }
        return false;
    }
}
