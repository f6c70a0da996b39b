using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Supervision;

/// <summary>How many conversations of one channel are in one state.</summary>
public sealed record ConversationCount(string Channel, ConversationStatus Status, int Count);
