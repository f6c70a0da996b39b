namespace CityCrm.Conversations.Outreach;

/// <summary>One person a broadcast goes to, where and in which language, and how far the send got.</summary>
/// <param name="Position">The order recipients are sent in within the broadcast.</param>
/// <param name="ConversationId">Chosen just before the message is written, so a restart writes into the same one.</param>
public sealed record BroadcastRecipient(
    string BroadcastId, string ContactId, int Position, string InboxId, string ChannelId, string Address, string Language,
    string Status = RecipientStatus.Planned, string? ConversationId = null, long? Sequence = null, string? Detail = null);
