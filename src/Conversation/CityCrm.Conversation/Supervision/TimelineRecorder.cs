using CityCrm.Conversations.Events;

namespace CityCrm.Conversations.Supervision;

/// <summary>Writes each hand-off, assignment, resolution and reopening to the dashboard's timeline as it is committed.</summary>
public sealed class TimelineRecorder(ISupervisorReports reports) :
    IDomainEventHandler<ConversationQueued>,
    IDomainEventHandler<ConversationAssigned>,
    IDomainEventHandler<ConversationResolved>,
    IDomainEventHandler<ConversationReopened>
{
    public Task HandleAsync(ConversationQueued domainEvent, CancellationToken cancellationToken) =>
        reports.RecordAsync(new TimelineEntry(domainEvent.ConversationId, TimelineKind.Queued, domainEvent.OccurredAt), cancellationToken);

    public Task HandleAsync(ConversationAssigned domainEvent, CancellationToken cancellationToken) =>
        reports.RecordAsync(new TimelineEntry(domainEvent.ConversationId, TimelineKind.Assigned, domainEvent.OccurredAt, domainEvent.AgentId), cancellationToken);

    public Task HandleAsync(ConversationResolved domainEvent, CancellationToken cancellationToken) =>
        reports.RecordAsync(new TimelineEntry(domainEvent.ConversationId, TimelineKind.Resolved, domainEvent.OccurredAt), cancellationToken);

    public Task HandleAsync(ConversationReopened domainEvent, CancellationToken cancellationToken) =>
        reports.RecordAsync(new TimelineEntry(domainEvent.ConversationId, TimelineKind.Reopened, domainEvent.OccurredAt), cancellationToken);
}
