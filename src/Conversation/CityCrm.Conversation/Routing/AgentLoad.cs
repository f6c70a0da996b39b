namespace CityCrm.Conversations.Routing;

/// <summary>How many assigned conversations an agent holds on one channel.</summary>
public sealed record AgentLoad(string AgentId, string ChannelId, int Count);
