namespace CityCrm.Conversations.Events;

/// <summary>Reacts to one kind of event; register as many as needed in DI.</summary>
public interface IDomainEventHandler<in TEvent> where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
