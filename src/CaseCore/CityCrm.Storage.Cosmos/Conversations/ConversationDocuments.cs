using CityCrm.Conversations.Model;

namespace CityCrm.Storage.Cosmos.Conversations;

// The documents of the conversations, contacts and identities containers. Each is one atomic unit: whatever must
// change together lives in one document, since the store cannot rely on transactional batches.

/// <summary>A conversation (id <c>conversation</c> in its own partition), with the counter its messages take sequences from.</summary>
internal sealed record ConversationDocument(
    string Id, string Pk, string Type, string InboxId, string ChannelId, string ContactId, string Address, int Status,
    string? AssigneeId, string? HandoffReason, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long UpdatedTicks,
    DateTimeOffset? QueuedAt, DateTimeOffset? ResolvedAt, string? BotState, string? Locale, int Version, string? Queue,
    string? Disposition, long LastSequence)
{
    public const string DocumentId = "conversation";
    public const string Kind = "conversation";

    public static ConversationDocument From(ConversationSnapshot s, long lastSequence) => new(
        DocumentId, s.Id, Kind, s.InboxId, s.ChannelId, s.ContactId, s.Address, (int)s.Status, s.AssigneeId, s.HandoffReason,
        s.CreatedAt, s.UpdatedAt, s.UpdatedAt.UtcTicks, s.QueuedAt, s.ResolvedAt, s.BotState, s.Locale, s.Version, s.Queue,
        s.Disposition, lastSequence);

    public Conversation ToConversation() => Conversation.Restore(new ConversationSnapshot(
        Pk, InboxId, ChannelId, ContactId, Address, (ConversationStatus)Status, AssigneeId, HandoffReason, CreatedAt, UpdatedAt,
        QueuedAt, ResolvedAt, BotState, Locale, Version, Queue, Disposition));
}

/// <summary>Claims a provider's message id within a conversation; <c>Sequence</c> is 0 while the claimer is still appending.</summary>
internal sealed record ExternalIdMarker(string Id, string Pk, string Type, string ExternalId, long Sequence, DateTimeOffset ClaimedAt)
{
    public const string Kind = "external-id";

    public static string IdFor(string externalId) => "x:" + ConversationKeys.Hash(externalId);
}

/// <summary>A contact (id <c>contact</c> in its own partition).</summary>
internal sealed record ContactDocument(string Id, string Pk, string Type, string? DisplayName, string? Language, DateTimeOffset CreatedAt)
{
    public const string DocumentId = "contact";
    public const string Kind = "contact";

    /// <summary>The saved profile (null until first saved): in the contact's document so a save and the name and language it sets are one replace.</summary>
    public CityCrm.Conversations.Contacts.Profiles.ContactProfileData? Profile { get; init; }

    /// <summary>When the earliest open, unreminded next action falls due (null: none), for the reminder poll.</summary>
    public long? DueTicks { get; init; }

    /// <summary>The audit entries of the last save, carried until written as their own documents (see <c>CosmosContactProfiles</c>).</summary>
    public IReadOnlyList<Contacts.ContactAuditDocument> CarriedAudit { get; init; } = [];

    public Contact ToContact() => new(Pk, DisplayName, CreatedAt) { Language = Language };
}

/// <summary>One of a contact's conversations, in the contact's partition: the contact's history without a cross-partition query.</summary>
internal sealed record ConversationPointer(
    string Id, string Pk, string Type, string ConversationId, string InboxId, string ChannelId, string Address, long CreatedTicks)
{
    public const string Kind = "conversation-pointer";

    public static ConversationPointer For(ConversationDocument c, string contactId) =>
        new("c:" + ConversationKeys.Hash(c.Pk), contactId, Kind, c.Pk, c.InboxId, c.ChannelId, c.Address, c.CreatedAt.UtcTicks);
}

/// <summary>
/// An address on one inbox (partition: the address, so the inbound lookup is a point read). For an E.164 number the
/// partition also holds the claim (id <c>phone</c>) naming the one contact the number belongs to on every inbox.
/// </summary>
internal sealed record IdentityDocument(
    string Id, string Pk, string Type, string InboxId, string ContactId, string? DisplayName, DateTimeOffset CreatedAt)
{
    public const string Kind = "identity";
    public const string PhoneClaimId = "phone";
    public const string PhoneClaimKind = "phone-claim";

    public static string IdFor(string inboxId) => "i:" + ConversationKeys.Hash(inboxId);
}
