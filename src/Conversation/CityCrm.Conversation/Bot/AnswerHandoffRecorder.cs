using CityCrm.Conversations.Events;
using CityCrm.Knowledge.Insights;

namespace CityCrm.Conversations.Bot;

/// <summary>Notes on the conversation's latest answer record that the resident went on to a person after it.</summary>
public sealed class AnswerHandoffRecorder(IAnswerLog log) : IDomainEventHandler<ConversationQueued>
{
    public Task HandleAsync(ConversationQueued domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return log.RecordHandoffAsync(domainEvent.ConversationId, domainEvent.OccurredAt, cancellationToken);
    }
}
