using CityCrm.CaseCore;
using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Surveys;

/// <summary>
/// Takes the resident's answers to the survey question asked in the conversation, one question at a time. A reply
/// that is not an answer (not a rating, not a choice, or a new question instead of a comment) ends the survey and is
/// left to the bot, so the resident gets their answer rather than being told it was a bad rating.
/// </summary>
public sealed class SurveyDialog(
    ISurveyStore store, SurveyCatalog catalog, SurveyQuestioner questioner, IServiceCatalog catalogue, BotLanguages languages, IOptions<SurveyOptions> options,
    TimeProvider clock) : IBotDialog
{
    private const int MaxTextLength = 2000;

    public async Task<bool> TryHandleAsync(Conversation conversation, Message message, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (await store.FindAskingAsync(conversation.Id, cancellationToken) is not { } run)
            return false;
        var now = clock.GetUtcNow();
        var survey = await catalog.GetAsync(run.SurveyId, cancellationToken);
        if (survey is null || run.QuestionIndex >= survey.Questions.Count
            || run.AskedAt is not { } asked || asked.AddHours(options.Value.AnswerWindowHours) < now)
            return await EndAsync(run, SurveyRunState.Abandoned, "No answer in time.", now, cancellationToken);

        var question = survey.Questions[run.QuestionIndex];
        int? rating = null;
        string? answer = null;
        switch (question.Kind)
        {
            case SurveyQuestionKind.Rating:
                if ((rating = SurveyReplies.Rating(text)) is null)
                    return await EndAsync(run, SurveyRunState.Abandoned, "The resident wrote something other than a rating.", now, cancellationToken);
                break;
            case SurveyQuestionKind.Choice:
                var chosen = SurveyReplies.Choice(text, question.ChoicesIn(run.Language)) ?? SurveyReplies.Choice(text, question.Choices ?? []);
                if (chosen is null)
                    return await EndAsync(run, SurveyRunState.Abandoned, "The resident wrote something other than a choice.", now, cancellationToken);
                // Stored in English whatever the resident's language, so results add up per choice.
                answer = question.Choices![chosen.Value];
                break;
            default:
                if (SurveyReplies.IsNewRequest(text, catalogue.Classify(text) is not null))
                    return await EndAsync(run, question.Optional ? SurveyRunState.Completed : SurveyRunState.Abandoned,
                        "The resident asked something else instead.", now, cancellationToken);
                if (!(question.Optional && SurveyReplies.IsSkip(text, languages.For(run.Language).SurveySkip)))
                    answer = text.Trim() is { Length: > MaxTextLength } longer ? longer[..MaxTextLength] : text.Trim();
                break;
        }

        var next = run.QuestionIndex + 1;
        var moved = next < survey.Questions.Count
            ? run with { QuestionIndex = next, AskedAt = now }
            : run with { State = SurveyRunState.Completed, FinishedAt = now };
        var saved = rating is null && answer is null
            ? await store.UpdateAsync(moved, SurveyRunState.Asking, run.QuestionIndex, cancellationToken)
            : await store.AnswerAsync(new SurveyAnswer(run.Id, run.SurveyId, question.Id, run.ChannelId, rating, answer, now), moved, run.QuestionIndex, cancellationToken);
        if (!saved)
            return true;
        if (next < survey.Questions.Count)
            await questioner.AskAsync(moved, survey, next, cancellationToken);
        else
            await questioner.ThankAsync(moved, cancellationToken);
        return true;
    }

    // The reply is not an answer: the survey ends there and the bot handles the message.
    private async Task<bool> EndAsync(SurveyRun run, SurveyRunState state, string outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await store.UpdateAsync(run with { State = state, FinishedAt = now, Outcome = outcome }, SurveyRunState.Asking, run.QuestionIndex, cancellationToken);
        return false;
    }
}
