using CityCrm.Channels;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Events;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Observability;
using CityCrm.Conversations.Outbox;

namespace CityCrm.Conversations.Inbound;

/// <summary>
/// The one way into a conversation, for channels (start, receive) and for the bot and agents
/// (send, hand off, assign, resolve). Every change is committed first, then its events are published.
/// </summary>
public sealed class ConversationService(
    IConversationStore store,
    IInboxRegistry inboxes,
    IEventPublisher publisher,
    IBotTurnQueue botTurns,
    ChannelSenders senders,
    OutboxSignal outboxSignal,
    TimeProvider clock,
    Routing.QueueResolver? queues = null)
{
    /// <summary>Opens a conversation for the resident at <paramref name="address"/>, or returns it if it exists; the bot greets a new one.</summary>
    public async Task<Conversation> StartAsync(string inboxId, string address, string? displayName, string? conversationId, CancellationToken cancellationToken)
    {
        var inbox = RequireInbox(inboxId);
        if (conversationId is not null && await store.GetAsync(conversationId, cancellationToken) is { } existing)
            return existing;
        var contact = await store.GetOrCreateContactAsync(inbox.Id, address, displayName, cancellationToken);
        var conversation = new Conversation(conversationId ?? NewId(), inbox, contact.Id, address, clock.GetUtcNow());
        if (!await store.CreateAsync(conversation, cancellationToken))
            return (await store.GetAsync(conversation.Id, cancellationToken))!;
        botTurns.Enqueue(new BotTurnRequest(conversation.Id, 0));
        return conversation;
    }

    /// <summary>
    /// The resident's latest conversation on the inbox, or a new one, without a greeting: for a message the city starts
    /// (a follow-up by text, a notification) or a channel whose greeting is not a message (a call's spoken welcome).
    /// </summary>
    public Task<Conversation> FindOrOpenAsync(string inboxId, string address, CancellationToken cancellationToken) =>
        FindOrOpenAsync(RequireInbox(inboxId), address, null, cancellationToken);

    /// <summary>Opens the conversation with id <paramref name="conversationId"/> (one phone call), or returns it if it exists; no greeting.</summary>
    public async Task<Conversation> OpenAsync(string inboxId, string address, string conversationId, CancellationToken cancellationToken)
    {
        var inbox = RequireInbox(inboxId);
        if (await store.GetAsync(conversationId, cancellationToken) is { } existing)
            return existing;
        var contact = await store.GetOrCreateContactAsync(inbox.Id, address, null, cancellationToken);
        var conversation = new Conversation(conversationId, inbox, contact.Id, address, clock.GetUtcNow());
        return await store.CreateAsync(conversation, cancellationToken)
            ? conversation
            : (await store.GetAsync(conversationId, cancellationToken))!;
    }

    /// <summary>
    /// Stores a resident's activity (once per external id) and hands it to the bot when the bot owns the conversation.
    /// Returns only after the message is durably committed.
    /// </summary>
    public async Task<InboundResult> ReceiveAsync(InboundActivity inbound, CancellationToken cancellationToken)
    {
        var inbox = RequireInbox(inbound.InboxId);
        using var span = CityTelemetry.Source.StartActivity("message receive");
        span?.SetTag("citycrm.channel", inbox.ChannelId);
        span?.SetTag("citycrm.inbox", inbox.Id);
        var conversation = inbound.ConversationId is { } id
            ? await store.GetAsync(id, cancellationToken) ?? throw new ConversationNotFoundException(id)
            : await FindOrOpenAsync(inbox, inbound.Address, inbound.Activity.From?.Name, cancellationToken);
        if (conversation.InboxId != inbox.Id || conversation.Address != inbound.Address)
            throw new ConversationNotFoundException(conversation.Id);

        var now = clock.GetUtcNow();
        var activity = inbound.Activity;
        var message = new Message
        {
            ConversationId = conversation.Id,
            Direction = MessageDirection.Incoming,
            AuthorKind = AuthorKind.Contact,
            AuthorId = conversation.ContactId,
            AuthorName = activity.From?.Name,
            Text = activity.Text,
            Activity = activity,
            ExternalId = inbound.ExternalId,
            CreatedAt = now,
        };
        var appended = await store.AppendAsync(message, cancellationToken);
        span?.SetTag("citycrm.duplicate", appended.Duplicate);
        if (appended.Duplicate)
            return new InboundResult(conversation, appended.Message, true);

        if (conversation.Status == ConversationStatus.Resolved && activity.Type == ActivityTypes.Message)
        {
            conversation.Reopen(now);
            await SaveAndPublishAsync(conversation, cancellationToken);
        }
        await publisher.PublishAsync(new MessageAppended(appended.Message, inbox.Id, inbox.ChannelId, conversation.Address), cancellationToken);
        if (conversation.Status == ConversationStatus.BotOwned && activity.Type == ActivityTypes.Message && inbound.BotMayAnswer)
            botTurns.Enqueue(new BotTurnRequest(conversation.Id, appended.Message.Sequence));
        else
            await store.MarkHandledAsync(conversation.Id, appended.Message.Sequence, cancellationToken);
        return new InboundResult(conversation, appended.Message, false);
    }

    /// <summary>
    /// Appends an outgoing message (bot, agent, system, or a private note) and publishes it. On a channel with a
    /// sender (SMS...), a message for the resident is written with its outbox entries, one per text part that fits
    /// the sender's limit, in the same transaction, and the dispatcher is woken to send them.
    /// </summary>
    public async Task<Message> SendAsync(string conversationId, OutgoingMessage outgoing, CancellationToken cancellationToken)
    {
        var conversation = await RequireAsync(conversationId, cancellationToken);
        var now = clock.GetUtcNow();
        var role = outgoing.AuthorKind == AuthorKind.Agent ? "agent" : "bot";
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = conversation.ChannelId,
            Timestamp = now,
            From = new ChannelAccount(outgoing.AuthorId, outgoing.AuthorName, role),
            Recipient = new ChannelAccount(conversation.Address, null, "user"),
            Conversation = new ConversationAccount(conversation.Id),
            Text = outgoing.Text,
            TextFormat = "plain",
            SuggestedActions = outgoing.SuggestedActions,
            Attachments = outgoing.Attachments,
            Entities = outgoing.Entities,
        };
        var message = new Message
        {
            ConversationId = conversation.Id,
            Direction = outgoing.AuthorKind == AuthorKind.System ? MessageDirection.Activity : MessageDirection.Outgoing,
            AuthorKind = outgoing.AuthorKind,
            AuthorId = outgoing.AuthorId,
            AuthorName = outgoing.AuthorName,
            IsPrivate = outgoing.IsPrivate,
            Text = outgoing.Text,
            Activity = activity,
            ExternalId = outgoing.IdempotencyKey,
            CreatedAt = now,
        };
        var sender = message.Direction == MessageDirection.Outgoing && !message.IsPrivate ? senders.Find(conversation.ChannelId) : null;
        var appended = sender is null
            ? await store.AppendAsync(message, cancellationToken)
            : await store.AppendForDeliveryAsync(message, TextSplitter.Split(outgoing.Text, sender.MaxTextLength), cancellationToken);
        if (appended.Duplicate)
            return appended.Message;
        await publisher.PublishAsync(new MessageAppended(appended.Message, conversation.InboxId, conversation.ChannelId, conversation.Address), cancellationToken);
        // Woken only now, so staff hear of the message before they hear of its delivery.
        if (sender is not null)
            outboxSignal.Notify();
        return appended.Message;
    }

    /// <summary>Queues the conversation for an agent, in the queue its context points to (see <see cref="Routing.QueueResolver"/>).</summary>
    public async Task<Conversation> HandOffAsync(string conversationId, string reason, CancellationToken cancellationToken)
    {
        var conversation = await RequireAsync(conversationId, cancellationToken);
        var queue = queues is null ? Conversation.DefaultQueue : await queues.ResolveAsync(conversation, reason, cancellationToken);
        conversation.RequestHandoff(reason, clock.GetUtcNow(), queue);
        await SaveAndPublishAsync(conversation, cancellationToken);
        return conversation;
    }

    public Task<Conversation> AssignAsync(string conversationId, string agentId, CancellationToken cancellationToken) =>
        TransitionAsync(conversationId, c => c.Assign(agentId, clock.GetUtcNow()), cancellationToken);

    public Task<Conversation> ResolveAsync(string conversationId, string resolvedBy, CancellationToken cancellationToken) =>
        ResolveAsync(conversationId, resolvedBy, null, cancellationToken);

    /// <summary>Resolves with the wrap-up code the agent chose.</summary>
    public Task<Conversation> ResolveAsync(string conversationId, string resolvedBy, string? disposition, CancellationToken cancellationToken) =>
        TransitionAsync(conversationId, c => c.Resolve(resolvedBy, clock.GetUtcNow(), disposition), cancellationToken);

    /// <summary>Applies one of the aggregate's transitions (a transfer...) with the service's clock, then saves and publishes it.</summary>
    public Task<Conversation> ChangeAsync(string conversationId, Action<Conversation, DateTimeOffset> change, CancellationToken cancellationToken) =>
        TransitionAsync(conversationId, c => change(c, clock.GetUtcNow()), cancellationToken);

    /// <summary>Saves the bot's dialog state for the conversation.</summary>
    public async Task<Conversation> SetBotStateAsync(string conversationId, string? botState, CancellationToken cancellationToken)
    {
        var conversation = await RequireAsync(conversationId, cancellationToken);
        // Most turns leave the state as it was: skip the write rather than bump the version for nothing.
        if (conversation.BotState == botState)
            return conversation;
        conversation.BotState = botState;
        await SaveAndPublishAsync(conversation, cancellationToken);
        return conversation;
    }

    public Task<Conversation?> GetAsync(string conversationId, CancellationToken cancellationToken) =>
        store.GetAsync(conversationId, cancellationToken);

    public Task<IReadOnlyList<Message>> GetTranscriptAsync(string conversationId, long afterSequence, int limit, CancellationToken cancellationToken) =>
        store.GetMessagesAsync(conversationId, afterSequence, limit, cancellationToken);

    private async Task<Conversation> TransitionAsync(string conversationId, Action<Conversation> change, CancellationToken cancellationToken)
    {
        var conversation = await RequireAsync(conversationId, cancellationToken);
        change(conversation);
        await SaveAndPublishAsync(conversation, cancellationToken);
        return conversation;
    }

    private async Task SaveAndPublishAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        await store.SaveAsync(conversation, cancellationToken);
        var raised = conversation.Events.ToList();
        conversation.ClearEvents();
        foreach (var e in raised)
            await publisher.PublishAsync(e, cancellationToken);
    }

    private async Task<Conversation> FindOrOpenAsync(Inbox inbox, string address, string? displayName, CancellationToken cancellationToken)
    {
        var contact = await store.GetOrCreateContactAsync(inbox.Id, address, displayName, cancellationToken);
        var latest = await store.FindLatestAsync(inbox.Id, contact.Id, cancellationToken);
        if (latest is not null)
            return latest;
        var conversation = new Conversation(NewId(), inbox, contact.Id, address, clock.GetUtcNow());
        await store.CreateAsync(conversation, cancellationToken);
        return conversation;
    }

    private async Task<Conversation> RequireAsync(string conversationId, CancellationToken cancellationToken) =>
        await store.GetAsync(conversationId, cancellationToken) ?? throw new ConversationNotFoundException(conversationId);

    private Inbox RequireInbox(string inboxId) =>
        inboxes.Find(inboxId) ?? throw new InvalidOperationException($"Inbox {inboxId} is not configured.");

    private static string NewId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
}
