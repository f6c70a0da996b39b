namespace CityCrm.Conversations.Model;

/// <summary>
/// Persistence of contacts, conversations and their transcripts. Implementations commit each call
/// durably before returning: a message is acknowledged to a channel only after <see cref="AppendAsync"/> returns.
/// </summary>
public interface IConversationStore
{
    /// <summary>
    /// Finds the contact behind (inbox, address), creating contact and identity if new. Safe under concurrency.
    /// An E.164 phone number (see <see cref="Contacts.PhoneAddress"/>) is one person whatever the inbox: a number
    /// already known on another inbox (SMS, voice, WhatsApp) gets a new identity on this inbox for the same contact.
    /// </summary>
    Task<Contact> GetOrCreateContactAsync(string inboxId, string address, string? displayName, CancellationToken cancellationToken);

    Task<Contact?> GetContactAsync(string contactId, CancellationToken cancellationToken);

    /// <summary>
    /// Records the language the contact speaks with the city ("en", "es"), so every channel greets and answers them in it.
    /// False when there is no such contact.
    /// </summary>
    Task<bool> SetContactLanguageAsync(string contactId, string language, CancellationToken cancellationToken);

    /// <summary>Every identity with exactly this address (a phone number or email), on any inbox, oldest first.</summary>
    Task<IReadOnlyList<ContactIdentity>> FindIdentitiesAsync(string address, CancellationToken cancellationToken);

    /// <summary>
    /// Makes the identity (inbox, address) the contact <paramref name="contactId"/>'s, with the conversations held on it
    /// (and, in stores that keep them alongside, their requests), so agents see one person's history. Done only after
    /// the resident proved they hold both. False when the identity or the contact does not exist.
    /// </summary>
    Task<bool> LinkIdentityAsync(string inboxId, string address, string contactId, CancellationToken cancellationToken);

    Task<Conversation?> GetAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The contact's most recent conversation on the inbox, whatever its status, or null; one whose personal data was removed is never returned.</summary>
    Task<Conversation?> FindLatestAsync(string inboxId, string contactId, CancellationToken cancellationToken);

    /// <summary>Inserts a new conversation; returns false (and changes nothing) when the id already exists.</summary>
    Task<bool> CreateAsync(Conversation conversation, CancellationToken cancellationToken);

    /// <summary>
    /// Saves a changed conversation if nobody saved it since it was read (its <see cref="Conversation.Version"/>),
    /// then bumps the version; otherwise throws <see cref="ConcurrencyConflictException"/>.
    /// </summary>
    Task SaveAsync(Conversation conversation, CancellationToken cancellationToken);

    /// <summary>
    /// Appends a message with the next sequence number. When a message with the same non-null
    /// <see cref="Message.ExternalId"/> is already in the conversation, stores nothing and returns that one.
    /// </summary>
    Task<AppendResult> AppendAsync(Message message, CancellationToken cancellationToken);

    /// <summary>
    /// Appends an outgoing message to be pushed to the resident and, in the same transaction, one outbox entry per
    /// text part (in order), so a stored reply is never left unsent nor an entry without its message. The message
    /// is stored with delivery status "pending". A duplicate (same external id) stores nothing, entries included.
    /// </summary>
    Task<AppendResult> AppendForDeliveryAsync(Message message, IReadOnlyList<string> parts, CancellationToken cancellationToken);

    /// <summary>The contact's conversations on every inbox, most recently updated first.</summary>
    Task<IReadOnlyList<Conversation>> ListByContactAsync(string contactId, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// One page of a person's thread: the messages of all the contact's conversations, newest first in
    /// <see cref="ThreadPosition"/> order, those strictly before <paramref name="before"/> when given (keyset paging:
    /// messages stored meanwhile never shift a page). Conversations moved to another contact (a proven identity, a
    /// merge) move their messages with them. Pages hold <see cref="ThreadPosition.DefaultPageSize"/> unless asked otherwise.
    /// </summary>
    Task<IReadOnlyList<ThreadMessage>> GetThreadPageAsync(string contactId, ThreadPosition? before, int limit, CancellationToken cancellationToken);

    /// <summary>Messages with a sequence greater than <paramref name="afterSequence"/>, in order.</summary>
    Task<IReadOnlyList<Message>> GetMessagesAsync(string conversationId, long afterSequence, int limit, CancellationToken cancellationToken);

    /// <summary>Conversations in any of the given states, most recently updated first.</summary>
    Task<IReadOnlyList<Conversation>> ListAsync(IReadOnlyCollection<ConversationStatus> statuses, int limit, CancellationToken cancellationToken);

    /// <summary>Incoming messages the bot has not handled yet (work left over by a crash), oldest first.</summary>
    Task<IReadOnlyList<Message>> GetUnhandledIncomingAsync(int limit, CancellationToken cancellationToken);

    Task MarkHandledAsync(string conversationId, long sequence, CancellationToken cancellationToken);

    /// <summary>Whether the message's turn is over (the bot answered it, or nobody had to); false for an unknown message.</summary>
    Task<bool> IsHandledAsync(string conversationId, long sequence, CancellationToken cancellationToken);
}
