namespace CityCrm.Conversations.Events;

/// <summary>Publishes committed events to every registered handler.</summary>
public interface IEventPublisher
{
    Task PublishAsync(IDomainEvent domainEvent, CancellationToken cancellationToken);
}
