using CityCrm.Channels.Schema;

namespace CityCrm.Conversations.Inbound;

/// <summary>
/// A resident's activity as a channel adapter hands it over, already mapped to our schema.
/// </summary>
/// <param name="InboxId">The inbox it arrived on.</param>
/// <param name="Address">The resident's address on that inbox (Direct Line user id, phone, email).</param>
/// <param name="ConversationId">The conversation the channel already knows (Direct Line), or null to find or open one.</param>
/// <param name="ExternalId">The provider's id for de-duplicating retries (clientActivityID, MessageSid).</param>
/// <param name="Activity">The normalized activity.</param>
/// <param name="BotMayAnswer">
/// False when the bot must not answer automatically even though it owns the conversation (an email from an
/// auto-responder, a mailing list or a sender over the automatic-reply limit): the message is stored and shown to
/// agents, and no bot turn runs.
/// </param>
public sealed record InboundActivity(
    string InboxId, string Address, string? ConversationId, string? ExternalId, Activity Activity, bool BotMayAnswer = true);
