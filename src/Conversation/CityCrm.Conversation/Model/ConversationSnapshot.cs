namespace CityCrm.Conversations.Model;

/// <summary>The persisted fields of a <see cref="Conversation"/>, for stores.</summary>
public sealed record ConversationSnapshot(
    string Id,
    string InboxId,
    string ChannelId,
    string ContactId,
    string Address,
    ConversationStatus Status,
    string? AssigneeId,
    string? HandoffReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? QueuedAt,
    DateTimeOffset? ResolvedAt,
    string? BotState,
    string? Locale,
    int Version,
    string? Queue = null,
    string? Disposition = null);
