using CityCrm.Conversations.Events;

namespace CityCrm.Conversations.Model;

/// <summary>
/// A conversation between a resident and the city on one inbox. It guards its own transitions:
/// bot-owned, queued for an agent, assigned to one, resolved; each transition raises an event.
/// </summary>
public sealed class Conversation
{
    /// <summary>The queue of a hand-off nothing more specific is known about.</summary>
    public const string DefaultQueue = "general/en";

    private readonly List<IDomainEvent> events = [];

    public Conversation(string id, Inbox inbox, string contactId, string address, DateTimeOffset now)
    {
        Id = id;
        InboxId = inbox.Id;
        ChannelId = inbox.ChannelId;
        ContactId = contactId;
        Address = address;
        CreatedAt = now;
        UpdatedAt = now;
    }

    private Conversation(string id, string inboxId, string channelId, string contactId, string address, DateTimeOffset createdAt)
    {
        Id = id;
        InboxId = inboxId;
        ChannelId = channelId;
        ContactId = contactId;
        Address = address;
        CreatedAt = createdAt;
    }

    public string Id { get; }
    public string InboxId { get; }
    public string ChannelId { get; }
    public string ContactId { get; }
    /// <summary>The resident's address on the inbox, where replies go.</summary>
    public string Address { get; }
    public ConversationStatus Status { get; private set; }
    public string? AssigneeId { get; private set; }
    public string? HandoffReason { get; private set; }
    /// <summary>The agents' queue it waits in or last waited in ("department/language", e.g. "general/en").</summary>
    public string? Queue { get; private set; }
    /// <summary>The wrap-up code the agent chose when resolving it, from the configured list.</summary>
    public string? Disposition { get; private set; }
    public DateTimeOffset CreatedAt { get; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? QueuedAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    /// <summary>The bot's dialog state (JSON), e.g. a report waiting for its location.</summary>
    public string? BotState { get; set; }
    public string? Locale { get; set; }
    /// <summary>Optimistic concurrency version; the store bumps it on every save.</summary>
    public int Version { get; set; }

    public IReadOnlyList<IDomainEvent> Events => events;

    public void ClearEvents() => events.Clear();

    /// <summary>The resident asked for a person, or the bot gave up: queue for an agent.</summary>
    public void RequestHandoff(string reason, DateTimeOffset now, string queue = DefaultQueue)
    {
        Require(Status == ConversationStatus.BotOwned, "hand off");
        Status = ConversationStatus.Queued;
        HandoffReason = reason;
        Queue = queue;
        QueuedAt = now;
        Touch(now);
        events.Add(new ConversationQueued(Id, reason, now));
    }

    /// <summary>An agent takes a queued conversation.</summary>
    public void Assign(string agentId, DateTimeOffset now)
    {
        Require(Status == ConversationStatus.Queued, "assign");
        Status = ConversationStatus.Assigned;
        AssigneeId = agentId;
        Touch(now);
        events.Add(new ConversationAssigned(Id, agentId, now));
    }

    /// <summary>Closes the conversation, with the wrap-up code the agent chose (none when the system resolves it).</summary>
    public void Resolve(string resolvedBy, DateTimeOffset now, string? disposition = null)
    {
        Require(Status != ConversationStatus.Resolved, "resolve");
        Status = ConversationStatus.Resolved;
        ResolvedAt = now;
        Disposition = disposition;
        BotState = null;
        Touch(now);
        events.Add(new ConversationResolved(Id, resolvedBy, now));
    }

    /// <summary>The resident writes again after resolution: the bot owns it again.</summary>
    public void Reopen(DateTimeOffset now)
    {
        Require(Status == ConversationStatus.Resolved, "reopen");
        Status = ConversationStatus.BotOwned;
        AssigneeId = null;
        HandoffReason = null;
        QueuedAt = null;
        ResolvedAt = null;
        Disposition = null;
        Touch(now);
        events.Add(new ConversationReopened(Id, now));
    }

    /// <summary>
    /// Hands a queued or assigned conversation straight to another agent (a transfer, or a supervisor's reassignment).
    /// </summary>
    public void TransferToAgent(string agentId, string transferredBy, DateTimeOffset now)
    {
        Require(Status is ConversationStatus.Queued or ConversationStatus.Assigned, "transfer");
        Require(AssigneeId != agentId, "transfer to its own assignee");
        var from = AssigneeId;
        Status = ConversationStatus.Assigned;
        AssigneeId = agentId;
        Touch(now);
        events.Add(new ConversationTransferred(Id, from, agentId, null, transferredBy, now));
        events.Add(new ConversationAssigned(Id, agentId, now));
    }

    /// <summary>Puts a queued or assigned conversation back in a queue (possibly another one); it waits afresh from now.</summary>
    public void TransferToQueue(string queue, string transferredBy, DateTimeOffset now)
    {
        Require(Status is ConversationStatus.Queued or ConversationStatus.Assigned, "transfer");
        Require(Status != ConversationStatus.Queued || Queue != queue, "transfer to the queue it is in");
        var from = AssigneeId;
        Status = ConversationStatus.Queued;
        AssigneeId = null;
        Queue = queue;
        QueuedAt = now;
        Touch(now);
        events.Add(new ConversationTransferred(Id, from, null, queue, transferredBy, now));
        events.Add(new ConversationQueued(Id, HandoffReason ?? "Transferred", now));
    }

    /// <summary>Rebuilds a conversation from storage without raising events.</summary>
    public static Conversation Restore(ConversationSnapshot s) =>
        new(s.Id, s.InboxId, s.ChannelId, s.ContactId, s.Address, s.CreatedAt)
        {
            Status = s.Status,
            AssigneeId = s.AssigneeId,
            HandoffReason = s.HandoffReason,
            Queue = s.Queue,
            Disposition = s.Disposition,
            UpdatedAt = s.UpdatedAt,
            QueuedAt = s.QueuedAt,
            ResolvedAt = s.ResolvedAt,
            BotState = s.BotState,
            Locale = s.Locale,
            Version = s.Version,
        };

    public ConversationSnapshot ToSnapshot() => new(
        Id, InboxId, ChannelId, ContactId, Address, Status, AssigneeId, HandoffReason,
        CreatedAt, UpdatedAt, QueuedAt, ResolvedAt, BotState, Locale, Version, Queue, Disposition);

    private void Touch(DateTimeOffset now) => UpdatedAt = now;

    private void Require(bool allowed, string action)
    {
        if (!allowed)
            throw new InvalidTransitionException($"Cannot {action} conversation {Id}: it is {Status}.");
    }
}
