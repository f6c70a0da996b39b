namespace CityCrm.Conversations.Model;

/// <summary>
/// A message's place in a person's thread across all their conversations: time first, then conversation, then the
/// conversation's own sequence, so two messages stamped in the same tick still have one order that never changes.
/// </summary>
/// <param name="CreatedAt">When the message was stored (to the tick).</param>
/// <param name="ConversationId">Its conversation; breaks ties in time by ordinal order.</param>
/// <param name="Sequence">Its sequence within the conversation.</param>
public sealed record ThreadPosition(DateTimeOffset CreatedAt, string ConversationId, long Sequence)
{
    /// <summary>How many messages a page of a thread holds unless asked otherwise.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The position of <paramref name="message"/>.</summary>
    public static ThreadPosition Of(Message message) => new(message.CreatedAt, message.ConversationId, message.Sequence);
}
