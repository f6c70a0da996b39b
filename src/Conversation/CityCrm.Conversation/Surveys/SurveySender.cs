using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Surveys;

/// <summary>
/// Starts a due survey: asks its first question, or skips it with the reason when the resident opted out, an agent is
/// talking with them, another survey is under way, or (after a conversation) they wrote again before it went out. The
/// run is marked as asking before the question goes out: a resident who answers the moment the question appears must
/// find the run asking, or the rating would be taken for a new question. The question carries a key that makes a second
/// send a no-op; a crash between the mark and the send loses that one survey (never asks it twice).
/// </summary>
public sealed class SurveySender(
    ISurveyStore store, IConversationStore conversations, SurveyCatalog catalog, SurveyQuestioner questioner, IConsentPolicy consent,
    IOptions<SurveyOptions> options, TimeProvider clock)
{
    /// <summary>The consent topic of surveys: a resident can opt out of them alone.</summary>
    public const string ConsentTopic = "surveys";

    public async Task StartAsync(SurveyRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var survey = await catalog.GetAsync(run.SurveyId, cancellationToken);
        var reason = survey is null || survey.Questions.Count == 0 ? "The survey no longer exists." : await WhyNotAsync(run, cancellationToken);
        if (reason is not null)
        {
            await store.UpdateAsync(run with { State = SurveyRunState.Skipped, FinishedAt = clock.GetUtcNow(), Outcome = reason },
                SurveyRunState.Scheduled, 0, cancellationToken);
            return;
        }
        if (await store.UpdateAsync(run with { State = SurveyRunState.Asking, AskedAt = clock.GetUtcNow() }, SurveyRunState.Scheduled, 0, cancellationToken))
            await questioner.AskAsync(run, survey!, 0, cancellationToken);
    }

    private async Task<string?> WhyNotAsync(SurveyRun run, CancellationToken cancellationToken)
    {
        if (await conversations.GetAsync(run.ConversationId, cancellationToken) is not { } conversation)
            return "The conversation no longer exists.";
        if (run.Subject.StartsWith("conversation:", StringComparison.Ordinal)
            && await conversations.GetAsync(run.Subject["conversation:".Length..], cancellationToken) is { Status: not ConversationStatus.Resolved })
            return "The resident wrote again before the survey went out.";
        if (conversation.Status is ConversationStatus.Queued or ConversationStatus.Assigned)
            return "An agent is talking with the resident.";
        if (await store.FindAskingAsync(conversation.Id, cancellationToken) is { AskedAt: { } asked }
            && asked.AddHours(options.Value.AnswerWindowHours) > clock.GetUtcNow())
            return "Another survey is under way in the conversation.";
        var decision = await consent.CheckAsync(
            new ConsentQuery(conversation.ChannelId, conversation.Address, conversation.Id, [ConsentTopics.Conversation, ConsentTopic]), cancellationToken);
        return decision.Allowed ? null : decision.Reason;
    }
}
