using System.Collections.Concurrent;
using CityCrm.Conversations.Events;

namespace CityCrm.Conversations.Tests.Outbox;

/// <summary>Keeps every published event for the test to inspect.</summary>
public sealed class RecordingPublisher : IEventPublisher
{
    public ConcurrentQueue<IDomainEvent> Events { get; } = new();

    public Task PublishAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        Events.Enqueue(domainEvent);
        return Task.CompletedTask;
    }
}
