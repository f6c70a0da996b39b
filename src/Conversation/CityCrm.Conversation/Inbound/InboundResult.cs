using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Inbound;

/// <summary>What the channel can acknowledge: the stored message (or the earlier copy of a retry).</summary>
public sealed record InboundResult(Conversation Conversation, Message Message, bool Duplicate);
