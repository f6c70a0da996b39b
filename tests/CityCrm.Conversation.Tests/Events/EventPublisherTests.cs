using CityCrm.Conversations.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CityCrm.Conversations.Tests.Events;

public sealed class EventPublisherTests
{
    private static readonly ConversationQueued Queued = new("c1", "asked", DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task Publish_FailingHandler_OtherHandlersStillRun()
    {
        var seen = new Recorder();
        await using var services = new ServiceCollection()
            .AddSingleton<IDomainEventHandler<ConversationQueued>, Failing>()
            .AddSingleton<IDomainEventHandler<ConversationQueued>>(seen)
            .BuildServiceProvider();
        var publisher = new EventPublisher(services, NullLogger<EventPublisher>.Instance);

        await publisher.PublishAsync(Queued, CancellationToken.None);
        await publisher.PublishAsync(Queued, CancellationToken.None);

        Assert.Equal([Queued, Queued], seen.Events);
    }

    [Fact]
    public async Task Publish_EventOfAnotherType_ReachesOnlyItsHandlers()
    {
        var seen = new Recorder();
        await using var services = new ServiceCollection()
            .AddSingleton<IDomainEventHandler<ConversationQueued>>(seen)
            .BuildServiceProvider();

        await new EventPublisher(services, NullLogger<EventPublisher>.Instance)
            .PublishAsync(new ConversationResolved("c1", "agent", DateTimeOffset.UnixEpoch), CancellationToken.None);

        Assert.Empty(seen.Events);
    }

    [Fact]
    public async Task Publish_LiveHandlerRegisteredLast_RunsBeforeTheOthersInTheirOrder()
    {
        var order = new List<string>();
        await using var services = new ServiceCollection()
            .AddSingleton<IDomainEventHandler<ConversationQueued>>(new Named("log", order))
            .AddSingleton<IDomainEventHandler<ConversationQueued>>(new Named("timeline", order))
            .AddSingleton<IDomainEventHandler<ConversationQueued>>(new LiveNamed("console", order))
            .BuildServiceProvider();

        await new EventPublisher(services, NullLogger<EventPublisher>.Instance).PublishAsync(Queued, CancellationToken.None);

        Assert.Equal(["console", "log", "timeline"], order);
    }

    private sealed class Failing : IDomainEventHandler<ConversationQueued>
    {
        public Task HandleAsync(ConversationQueued domainEvent, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("boom");
    }

    private sealed class Recorder : IDomainEventHandler<ConversationQueued>
    {
        public List<ConversationQueued> Events { get; } = [];

        public Task HandleAsync(ConversationQueued domainEvent, CancellationToken cancellationToken)
        {
            Events.Add(domainEvent);
            return Task.CompletedTask;
        }
    }

    private class Named(string name, List<string> order) : IDomainEventHandler<ConversationQueued>
    {
        public Task HandleAsync(ConversationQueued domainEvent, CancellationToken cancellationToken)
        {
            order.Add(name);
            return Task.CompletedTask;
        }
    }

    private sealed class LiveNamed(string name, List<string> order) : Named(name, order), ILiveEventHandler;
}
