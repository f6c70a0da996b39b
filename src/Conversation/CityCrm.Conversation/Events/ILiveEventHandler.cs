namespace CityCrm.Conversations.Events;

/// <summary>
/// Marks an event handler that only tells the people connected right now (agent consoles, a resident's stream) and
/// writes nothing durable. <see cref="EventPublisher"/> runs these before the others, so a committed change reaches
/// screens without waiting for bookkeeping handlers, each of which pays a durable commit.
/// </summary>
public interface ILiveEventHandler;
