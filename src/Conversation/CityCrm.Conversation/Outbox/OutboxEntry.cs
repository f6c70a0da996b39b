using CityCrm.Channels.Schema;

namespace CityCrm.Conversations.Outbox;

/// <summary>One part of a stored outgoing message, waiting to be handed to its channel's sender.</summary>
/// <param name="Id">Increasing in the order entries were written, so also in transcript order within a conversation.</param>
/// <param name="ConversationId">The conversation the message belongs to.</param>
/// <param name="Sequence">The message's sequence in the conversation.</param>
/// <param name="Part">1 for the first part of the message's text.</param>
/// <param name="PartCount">How many parts the message's text was split into.</param>
/// <param name="InboxId">The inbox to send from.</param>
/// <param name="ChannelId">The channel whose sender delivers it.</param>
/// <param name="Address">The resident's address on the channel.</param>
/// <param name="Text">This part's text.</param>
/// <param name="Attempts">Hand-overs tried so far.</param>
/// <param name="CreatedAt">When the message was stored; retrying stops a day after.</param>
/// <param name="NextAttemptAt">Not to be tried before then.</param>
/// <param name="Activity">The stored message's activity.</param>
/// <param name="AttemptStartedAt">When a hand-over whose answer was never recorded began, if one did.</param>
public sealed record OutboxEntry(
    long Id,
    string ConversationId,
    long Sequence,
    int Part,
    int PartCount,
    string InboxId,
    string ChannelId,
    string Address,
    string Text,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    Activity Activity,
    DateTimeOffset? AttemptStartedAt = null);
