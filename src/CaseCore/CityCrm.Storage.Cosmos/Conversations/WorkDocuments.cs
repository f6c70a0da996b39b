namespace CityCrm.Storage.Cosmos.Conversations;

// The documents of the work container: small pointers in one partition per kind, so the global views (unhandled
// messages after a crash, the outbox heads) are single-partition queries instead of a fan-out over conversations.

/// <summary>An incoming message the bot has not handled yet (partition <c>unhandled</c>).</summary>
internal sealed record UnhandledPointer(string Id, string Pk, string ConversationId, long Sequence, string Key)
{
    public const string Partition = "unhandled";

    public static string IdFor(string conversationId, long sequence) => "u:" + ConversationKeys.Hash(conversationId) + ":" + sequence;
}

/// <summary>
/// The first pending outbox entry of one conversation (partition <c>outbox-heads</c>, id from the conversation), so
/// there is at most one head per conversation and a later entry never overtakes an earlier one.
/// </summary>
internal sealed record OutboxHead(string Id, string Pk, string ConversationId, long Sequence, int Part, long EntryId, string Key)
{
    public const string Partition = "outbox-heads";

    public static string IdFor(string conversationId) => "h:" + ConversationKeys.Hash(conversationId);
}

/// <summary>Hands out outbox entry ids (id <c>counter</c> in partition <c>outbox-ids</c>), guarded by its ETag.</summary>
internal sealed record EntryIdCounter(string Id, string Pk, long Last)
{
    public const string Partition = "outbox-ids";
    public const string DocumentId = "counter";
}

/// <summary>Which entry a provider's message id was recorded on (partition per channel and provider id: a point read).</summary>
internal sealed record SentPointer(string Id, string Pk, string ConversationId, long Sequence, int Part)
{
    public const string DocumentId = "sent";

    public static string PartitionFor(string channelId, string providerMessageId) => "sent:" + channelId + "|" + providerMessageId;
}
