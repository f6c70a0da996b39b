using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Tests.Fakes;

/// <summary>A test double of the store with the same observable rules (dedupe, sequences, versions).</summary>
public sealed class InMemoryConversationStore : IConversationStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string, string), Contact> identities = [];
    private readonly Dictionary<string, ConversationSnapshot> conversations = [];
    private readonly List<(Message Message, bool Handled)> messages = [];

    public Task<Contact> GetOrCreateContactAsync(string inboxId, string address, string? displayName, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!identities.TryGetValue((inboxId, address), out var contact))
                identities[(inboxId, address)] = contact = new Contact(Guid.NewGuid().ToString("N"), displayName, DateTimeOffset.UtcNow);
            return Task.FromResult(contact);
        }
    }

    public Task<Contact?> GetContactAsync(string contactId, CancellationToken cancellationToken)
    {
        lock (gate) return Task.FromResult(identities.Values.FirstOrDefault(c => c.Id == contactId));
    }

    public Task<IReadOnlyList<ContactIdentity>> FindIdentitiesAsync(string address, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<ContactIdentity>>(
                [.. identities.Where(i => i.Key.Item2 == address).Select(i => new ContactIdentity(i.Key.Item1, address, i.Value.Id))]);
    }

    public Task<bool> LinkIdentityAsync(string inboxId, string address, string contactId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var target = identities.Values.FirstOrDefault(c => c.Id == contactId);
            if (target is null || !identities.ContainsKey((inboxId, address)))
                return Task.FromResult(false);
            identities[(inboxId, address)] = target;
            foreach (var (id, snapshot) in conversations.Where(c => c.Value.InboxId == inboxId && c.Value.Address == address).ToList())
                conversations[id] = snapshot with { ContactId = contactId };
            return Task.FromResult(true);
        }
    }

    public Task<bool> SetContactLanguageAsync(string contactId, string language, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var found = identities.Values.Where(c => c.Id == contactId).ToList();
            found.ForEach(c => c.Language = language);
            return Task.FromResult(found.Count > 0);
        }
    }

    public Task<Conversation?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (gate) return Task.FromResult(conversations.TryGetValue(conversationId, out var s) ? Conversation.Restore(s) : null);
    }

    public Task<Conversation?> FindLatestAsync(string inboxId, string contactId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var s = conversations.Values.Where(c => c.InboxId == inboxId && c.ContactId == contactId).OrderBy(c => c.CreatedAt).LastOrDefault();
            return Task.FromResult(s is null ? null : Conversation.Restore(s));
        }
    }

    public Task<bool> CreateAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        lock (gate) return Task.FromResult(conversations.TryAdd(conversation.Id, conversation.ToSnapshot()));
    }

    public Task SaveAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (conversations[conversation.Id].Version != conversation.Version)
                throw new ConcurrencyConflictException("stale");
            conversation.Version++;
            conversations[conversation.Id] = conversation.ToSnapshot();
        }
        return Task.CompletedTask;
    }

    public Task<AppendResult> AppendAsync(Message message, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var same = messages.FirstOrDefault(m => m.Message.ExternalId is not null && m.Message.ConversationId == message.ConversationId && m.Message.ExternalId == message.ExternalId);
            if (same.Message is not null)
                return Task.FromResult(new AppendResult(same.Message, true));
            message.Sequence = messages.Count(m => m.Message.ConversationId == message.ConversationId) + 1;
            messages.Add((message, message.Direction != MessageDirection.Incoming));
            return Task.FromResult(new AppendResult(message, false));
        }
    }

    // The bot's tests run on a web chat inbox, which has no sender: nothing here is ever pushed.
    public Task<AppendResult> AppendForDeliveryAsync(Message message, IReadOnlyList<string> parts, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The in-memory store keeps no outbox; use the SQLite store for pushed channels.");

    public Task<IReadOnlyList<Conversation>> ListByContactAsync(string contactId, int limit, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<Conversation>>(conversations.Values.Where(c => c.ContactId == contactId)
                .OrderByDescending(c => c.UpdatedAt).Take(limit).Select(Conversation.Restore).ToList());
    }

    public Task<IReadOnlyList<Message>> GetMessagesAsync(string conversationId, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<Message>>(messages.Select(m => m.Message)
                .Where(m => m.ConversationId == conversationId && m.Sequence > afterSequence).Take(limit).ToList());
    }

    public Task<IReadOnlyList<ThreadMessage>> GetThreadPageAsync(string contactId, ThreadPosition? before, int limit, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<ThreadMessage>>([.. messages.Select(m => m.Message)
                .Where(m => conversations[m.ConversationId].ContactId == contactId && (before is null || IsBefore(m, before)))
                .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.ConversationId, StringComparer.Ordinal).ThenByDescending(m => m.Sequence)
                .Take(limit).Select(m => new ThreadMessage(conversations[m.ConversationId].ChannelId, m))]);
    }

    private static bool IsBefore(Message m, ThreadPosition p) =>
        m.CreatedAt != p.CreatedAt ? m.CreatedAt < p.CreatedAt
        : m.ConversationId != p.ConversationId ? string.CompareOrdinal(m.ConversationId, p.ConversationId) < 0
        : m.Sequence < p.Sequence;

    public Task<IReadOnlyList<Conversation>> ListAsync(IReadOnlyCollection<ConversationStatus> statuses, int limit, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<Conversation>>(conversations.Values.Where(c => statuses.Contains(c.Status))
                .Take(limit).Select(Conversation.Restore).ToList());
    }

    public Task<IReadOnlyList<Message>> GetUnhandledIncomingAsync(int limit, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<Message>>(messages.Where(m => !m.Handled).Select(m => m.Message).Take(limit).ToList());
    }

    public Task<bool> IsHandledAsync(string conversationId, long sequence, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult(messages.Any(m => m.Message.ConversationId == conversationId && m.Message.Sequence == sequence && m.Handled));
    }

    public Task MarkHandledAsync(string conversationId, long sequence, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var i = messages.FindIndex(m => m.Message.ConversationId == conversationId && m.Message.Sequence == sequence);
            if (i >= 0) messages[i] = (messages[i].Message, true);
        }
        return Task.CompletedTask;
    }
}
