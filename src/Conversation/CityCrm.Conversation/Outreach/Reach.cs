namespace CityCrm.Conversations.Outreach;

/// <summary>Where a message reaches a resident: the inbox it is sent from, its channel, and their address there.</summary>
public sealed record Reach(string InboxId, string ChannelId, string Address);
