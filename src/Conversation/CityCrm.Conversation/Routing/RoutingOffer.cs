namespace CityCrm.Conversations.Routing;

/// <summary>A queued conversation offered to one agent until <paramref name="ExpiresAt"/>.</summary>
public sealed record RoutingOffer(string ConversationId, string AgentId, string ChannelId, DateTimeOffset OfferedAt, DateTimeOffset ExpiresAt);
