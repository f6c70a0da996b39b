using CityCrm.Channels;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Surveys;

/// <summary>
/// Schedules a survey for a resident: in the conversation that reaches them (a caller by text message), in their
/// language, due after the configured delay or, on a channel that buzzes a phone, after the city's quiet hours. Each
/// subject is scheduled once; one that cannot reach the resident is recorded as skipped, so it is never retried.
/// </summary>
public sealed class SurveyScheduler(
    ISurveyStore store, IConversationStore conversations, TextRelay relay, QuietHours quiet, SurveySignal signal,
    IOptions<SurveyOptions> options, TimeProvider clock)
{
    /// <summary>
    /// Schedules the satisfaction survey about <paramref name="subject"/> in the conversation. Phone calls are not
    /// surveyed: relaying to text would open a text conversation for every ended call before knowing it is needed.
    /// </summary>
    public async Task<bool> ScheduleCsatAsync(string subject, string conversationId, CancellationToken cancellationToken) =>
        await conversations.GetAsync(conversationId, cancellationToken) is { } conversation
        && conversation.ChannelId != ChannelIds.Voice
        && await ScheduleAsync(CsatSurvey.Id, subject, conversation, TimeSpan.FromSeconds(options.Value.DelaySeconds), cancellationToken);

    /// <summary>
    /// Schedules <paramref name="surveyId"/> for each contact, in their most recent conversation on a channel that can
    /// carry it. Answers how many were scheduled, already had it, or cannot be reached.
    /// </summary>
    public async Task<SurveyDistribution> DistributeAsync(string surveyId, IReadOnlyCollection<string> contactIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contactIds);
        int scheduled = 0, already = 0, unreachable = 0;
        foreach (var contactId in contactIds.Distinct(StringComparer.Ordinal))
        {
            var latest = (await conversations.ListByContactAsync(contactId, 50, cancellationToken))
                .Where(c => c.ChannelId != ChannelIds.Voice || c.Status == ConversationStatus.Resolved)
                .OrderByDescending(c => c.UpdatedAt)
                .FirstOrDefault();
            if (latest is null)
            {
                unreachable++;
                continue;
            }
            if (await ScheduleAsync(surveyId, $"survey:{surveyId}:{contactId}", latest, TimeSpan.Zero, cancellationToken))
                scheduled++;
            else
                already++;
        }
        return new SurveyDistribution(scheduled, already, unreachable);
    }

    private async Task<bool> ScheduleAsync(string surveyId, string subject, Conversation conversation, TimeSpan delay, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var target = await relay.TargetAsync(conversation, cancellationToken);
        var contact = await conversations.GetContactAsync(conversation.ContactId, cancellationToken);
        var language = contact?.Language == "es" ? "es" : "en";
        var reached = target.Conversation;
        var run = new SurveyRun(SurveyRun.NewId(), surveyId, subject, conversation.ContactId, reached.Id, reached.ChannelId, language,
            SurveyRunState.Scheduled, 0, quiet.NextAllowed(now + delay, reached.ChannelId));
        if (!target.Reaches)
            run = run with { State = SurveyRunState.Skipped, FinishedAt = now, Outcome = $"Not sent: the resident cannot be reached ({target.Kind})." };
        if (!await store.ScheduleAsync(run, cancellationToken))
            return false;
        signal.Notify();
        return true;
    }
}
