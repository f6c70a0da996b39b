using CityCrm.Channels.Schema;
using CityCrm.Conversations.Events;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;

namespace CityCrm.Conversations.Observability;

/// <summary>Counts messages in and out per channel, and delivery problems, from the events every stored message raises.</summary>
public sealed class MessageMetrics(CityMetrics metrics) :
    IDomainEventHandler<MessageAppended>,
    IDomainEventHandler<MessageDeliveryChanged>
{
    public Task HandleAsync(MessageAppended domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var message = domainEvent.Message;
        // Private notes, activity lines (hand-offs) and non-message activities (typing, events) are not messages to or from a resident.
        if (!message.IsPrivate && message.Direction != MessageDirection.Activity && message.Activity.Type == ActivityTypes.Message)
            metrics.Message(message.Direction == MessageDirection.Incoming, domainEvent.ChannelId);
        return Task.CompletedTask;
    }

    public Task HandleAsync(MessageDeliveryChanged domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (domainEvent.Message.DeliveryStatus is { } status && DeliveryStatuses.IsProblem(status))
            metrics.DeliveryProblem(domainEvent.Message.Activity.ChannelId ?? "unknown", status);
        return Task.CompletedTask;
    }
}
