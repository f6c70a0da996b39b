namespace CityCrm.Conversations.Events;

/// <summary>Something that happened in the domain, published after it was committed.</summary>
public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
