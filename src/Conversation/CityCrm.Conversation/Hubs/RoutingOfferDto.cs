namespace CityCrm.Conversations.Hubs;

/// <summary>A conversation offered to the agent: accept or decline before <paramref name="ExpiresAt"/>.</summary>
/// <param name="ConversationId">The conversation offered.</param>
/// <param name="Conversation">Its summary (resident, channel, queue, waiting time).</param>
/// <param name="ExpiresAt">When the offer lapses and goes to the next agent.</param>
/// <param name="TimeoutSeconds">The offer's whole length, for the countdown.</param>
public sealed record RoutingOfferDto(string ConversationId, ConversationSummaryDto Conversation, DateTimeOffset ExpiresAt, int TimeoutSeconds);
