namespace CityCrm.Conversations.Hubs;

/// <summary>What the server pushes to the agent console over <see cref="AgentHub"/>.</summary>
public interface IAgentClient
{
    /// <summary>A conversation was queued, assigned, resolved or reopened, or its latest message changed. Sent to every agent.</summary>
    Task ConversationChanged(ConversationSummaryDto conversation);

    /// <summary>A message was added to a conversation the connection watches (private notes included).</summary>
    Task MessageAdded(MessageDto message);

    /// <summary>A watched conversation's message changed its delivery status, provider id or error (SMS and other pushed channels).</summary>
    Task MessageUpdated(MessageDto message);

    /// <summary>Someone is typing in a conversation the connection watches (the resident in Web Chat, or the assigned agent).</summary>
    Task Typing(TypingDto typing);

    /// <summary>An agent's presence changed. Sent to every agent (supervisors watch the floor; transfers pick from it).</summary>
    Task PresenceChanged(AgentPresenceDto presence);

    /// <summary>A queued conversation is offered to this agent, until the offer's expiry. Sent to that agent's consoles only.</summary>
    Task OfferMade(RoutingOfferDto offer);

    /// <summary>An offer to this agent is closed (declined, lapsed, or the conversation went elsewhere).</summary>
    Task OfferWithdrawn(string conversationId);
}
