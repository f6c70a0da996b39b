namespace CityCrm.Conversations.Routing;

/// <summary>A conversation waiting for an agent, as the router needs it.</summary>
public sealed record QueuedConversation(string Id, string ChannelId, string Queue, DateTimeOffset QueuedAt);
