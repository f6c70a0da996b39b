using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CityCrm.Conversations.Events;

/// <summary>
/// In-process publisher: calls every <see cref="IDomainEventHandler{TEvent}"/> for the event's type.
/// A failing handler is logged and does not stop the others: the event is already committed. Handlers marked
/// <see cref="ILiveEventHandler"/> run first, the rest in the order they were registered.
/// </summary>
public sealed class EventPublisher(IServiceProvider services, ILogger<EventPublisher> logger) : IEventPublisher
{
    // Every message publishes an event: resolve the handler type and method once per event type.
    private static readonly ConcurrentDictionary<Type, (Type HandlerType, MethodInfo Handle)> Dispatch = new();

    public async Task PublishAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var (handlerType, handle) = Dispatch.GetOrAdd(domainEvent.GetType(), static eventType =>
        {
            var type = typeof(IDomainEventHandler<>).MakeGenericType(eventType);
            return (type, type.GetMethod(nameof(IDomainEventHandler<IDomainEvent>.HandleAsync))!);
        });
        // Live pushes first (stable otherwise): a console hears of a hand-off before the answer log and timeline are written.
        foreach (var handler in services.GetServices(handlerType).OrderBy(h => h is ILiveEventHandler ? 0 : 1))
        {
            try
            {
                await (Task)handle.Invoke(handler, [domainEvent, cancellationToken])!;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Handler {Handler} failed on {Event}", handler!.GetType().Name, domainEvent.GetType().Name);
            }
        }
    }
}
