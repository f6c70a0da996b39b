namespace CityCrm.Conversations.Supervision;

/// <summary>How many conversations of one channel are in one state ("bot", "queued", "assigned", "resolved").</summary>
public sealed record ChannelStateDto(string Channel, string State, int Count);
