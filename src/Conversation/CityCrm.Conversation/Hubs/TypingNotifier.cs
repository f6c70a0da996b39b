using CityCrm.Conversations.Events;
using Microsoft.AspNetCore.SignalR;

namespace CityCrm.Conversations.Hubs;

/// <summary>
/// Pushes typing signals to the connections watching the conversation: the resident's (throttled here, since a
/// channel forwards every one), and the assigned agent's so colleagues watching see it too.
/// </summary>
public sealed class TypingNotifier(IHubContext<AgentHub, IAgentClient> hub, TypingThrottle throttle) :
    IDomainEventHandler<ResidentTyping>,
    IDomainEventHandler<AgentTyping>,
    ILiveEventHandler
{
    public Task HandleAsync(ResidentTyping domainEvent, CancellationToken cancellationToken)
    {
        if (!throttle.TryPass("resident:" + domainEvent.ConversationId))
            return Task.CompletedTask;
        var typing = new TypingDto(domainEvent.ConversationId, "resident", null, domainEvent.Name, TypingThrottle.ExpiresInSeconds);
        return hub.Clients.Group(AgentGroups.Conversation(domainEvent.ConversationId)).Typing(typing);
    }

    // The hub throttled it before publishing; the agent's own console ignores its own signal.
    public Task HandleAsync(AgentTyping domainEvent, CancellationToken cancellationToken) =>
        hub.Clients.Group(AgentGroups.Conversation(domainEvent.ConversationId))
            .Typing(new TypingDto(domainEvent.ConversationId, "agent", domainEvent.AgentId, domainEvent.AgentName, TypingThrottle.ExpiresInSeconds));
}
