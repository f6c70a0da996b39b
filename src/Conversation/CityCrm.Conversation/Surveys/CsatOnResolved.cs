using CityCrm.Conversations.Events;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Surveys;

/// <summary>Schedules the satisfaction survey when a conversation is resolved, by an agent or by the bot ending it.</summary>
public sealed class CsatOnResolved(SurveyScheduler scheduler, IOptions<SurveyOptions> options) : IDomainEventHandler<ConversationResolved>
{
    public async Task HandleAsync(ConversationResolved domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (options.Value.AfterConversations)
            await scheduler.ScheduleCsatAsync(CsatSurvey.ConversationSubject(domainEvent.ConversationId), domainEvent.ConversationId, cancellationToken);
    }
}
