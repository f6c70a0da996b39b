using CityCrm.Channels.DirectLine.Mapping;
using CityCrm.Conversations.Events;
using CityCrm.Conversations.Outbox;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.DirectLine.Streaming;

/// <summary>
/// Hands every message committed on the Direct Line inbox to that conversation's open streams; the streams
/// decide what the resident sees. An agent's typing goes the same way, as a <c>typing</c> activity that is never stored,
/// unless the resident opted out of web chat or of everything (<see cref="TypingConsent"/>).
/// Runs inside the publisher, so it only queues and returns (typing after its consent check).
/// </summary>
internal sealed class DirectLineStreamNotifier(DirectLineStreamBroker broker, IOptions<DirectLineOptions> options, TypingConsent consent, TimeProvider clock)
    : IDomainEventHandler<MessageAppended>, IDomainEventHandler<AgentTyping>, ILiveEventHandler
{
    public async Task HandleAsync(AgentTyping domainEvent, CancellationToken cancellationToken)
    {
        if (string.Equals(domainEvent.InboxId, options.Value.InboxId, StringComparison.Ordinal)
            && await consent.AllowsAsync(domainEvent.ConversationId, cancellationToken))
            broker.PublishTyping(DirectLineActivityMapper.Typing(domainEvent.ConversationId, domainEvent.AgentId, domainEvent.AgentName, clock.GetUtcNow()));
    }

    public Task HandleAsync(MessageAppended domainEvent, CancellationToken cancellationToken)
    {
        if (string.Equals(domainEvent.InboxId, options.Value.InboxId, StringComparison.Ordinal))
            broker.Publish(domainEvent.Message);
        return Task.CompletedTask;
    }
}
