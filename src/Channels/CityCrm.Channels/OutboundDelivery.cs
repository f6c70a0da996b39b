using CityCrm.Channels.Schema;

namespace CityCrm.Channels;

/// <summary>What a sender needs to deliver one stored outgoing message.</summary>
/// <param name="InboxId">The configured channel endpoint the conversation came in on.</param>
/// <param name="ConversationId">Our conversation id.</param>
/// <param name="Address">The resident's address on the channel (phone, email, Direct Line user id).</param>
/// <param name="Sequence">The message's position in the conversation (the Direct Line watermark).</param>
/// <param name="Activity">The normalized outgoing activity.</param>
public sealed record OutboundDelivery(string InboxId, string ConversationId, string Address, long Sequence, Activity Activity);
