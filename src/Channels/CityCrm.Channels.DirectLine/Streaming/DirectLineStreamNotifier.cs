using CityCrm.Conversations.Events;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.DirectLine.Streaming;

/// <summary>
/// Hands every message committed on the Direct Line inbox to that conversation's open streams; the streams
/// decide what the resident sees. Runs inside the publisher, so it only queues and returns.
/// </summary>
internal sealed class DirectLineStreamNotifier(DirectLineStreamBroker broker, IOptions<DirectLineOptions> options)
    : IDomainEventHandler<MessageAppended>
{
    public Task HandleAsync(MessageAppended domainEvent, CancellationToken cancellationToken)
    {
        if (string.Equals(domainEvent.InboxId, options.Value.InboxId, StringComparison.Ordinal))
            broker.Publish(domainEvent.Message);
        return Task.CompletedTask;
    }
}
