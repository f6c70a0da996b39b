using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Events;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.SignalR;

namespace CityCrm.Conversations.Hubs;

/// <summary>
/// Turns committed domain events into pushes to the agent console: state changes to every agent,
/// new messages to the connections watching that conversation.
/// </summary>
public sealed class AgentHubNotifier(IHubContext<AgentHub, IAgentClient> hub, IConversationStore store, AgentWorkspace workspace) :
    IDomainEventHandler<ConversationQueued>,
    IDomainEventHandler<ConversationAssigned>,
    IDomainEventHandler<ConversationResolved>,
    IDomainEventHandler<ConversationReopened>,
    IDomainEventHandler<MessageAppended>,
    IDomainEventHandler<MessageDeliveryChanged>,
    ILiveEventHandler
{
    public Task HandleAsync(ConversationQueued domainEvent, CancellationToken cancellationToken) =>
        PushChangedAsync(domainEvent.ConversationId, cancellationToken);

    public Task HandleAsync(ConversationAssigned domainEvent, CancellationToken cancellationToken) =>
        PushChangedAsync(domainEvent.ConversationId, cancellationToken);

    public Task HandleAsync(ConversationResolved domainEvent, CancellationToken cancellationToken) =>
        PushChangedAsync(domainEvent.ConversationId, cancellationToken);

    public Task HandleAsync(ConversationReopened domainEvent, CancellationToken cancellationToken) =>
        PushChangedAsync(domainEvent.ConversationId, cancellationToken);

    public async Task HandleAsync(MessageAppended domainEvent, CancellationToken cancellationToken)
    {
        var message = domainEvent.Message;
        await hub.Clients.Group(AgentGroups.Conversation(message.ConversationId)).MessageAdded(MessageDto.From(message));
        // Lists show the latest message of conversations waiting for or held by an agent; the bot's own
        // conversations are not on the console, so their chatter costs no push.
        var conversation = await store.GetAsync(message.ConversationId, cancellationToken);
        if (conversation is { Status: ConversationStatus.Queued or ConversationStatus.Assigned })
            await hub.Clients.Group(AgentGroups.All).ConversationChanged(await workspace.SummarizeAsync(conversation, cancellationToken));
    }

    public Task HandleAsync(MessageDeliveryChanged domainEvent, CancellationToken cancellationToken) =>
        hub.Clients.Group(AgentGroups.Conversation(domainEvent.Message.ConversationId)).MessageUpdated(MessageDto.From(domainEvent.Message));

    private async Task PushChangedAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (await workspace.GetSummaryAsync(conversationId, cancellationToken) is { } summary)
            await hub.Clients.Group(AgentGroups.All).ConversationChanged(summary);
    }
}
