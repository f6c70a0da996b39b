using CityCrm.Channels;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Surveys;

/// <summary>
/// Puts a survey's question to the resident in the run's conversation: buttons where the channel shows them, digits
/// to type on text messages and email. Every message carries a key made of the run and the question, so sending it
/// again after a restart stores and sends nothing new.
/// </summary>
public sealed class SurveyQuestioner(ConversationService conversations, BotLanguages languages, IOptions<ConversationOptions> options)
{
    // Channels without buttons: a rating is typed as a digit there.
    private static readonly string[] TypedChannels = [ChannelIds.Sms, ChannelIds.Email, ChannelIds.Voice];

    /// <summary>Asks question <paramref name="index"/> of <paramref name="survey"/>.</summary>
    public Task AskAsync(SurveyRun run, SurveyDefinition survey, int index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(survey);
        var question = survey.Questions[index];
        var texts = languages.For(run.Language);
        var typed = TypedChannels.Contains(run.ChannelId);
        var (text, actions) = question.Kind switch
        {
            SurveyQuestionKind.Rating => ($"{question.TextIn(run.Language)} {(typed ? texts.SurveyRatingDigits : texts.SurveyRatingButtons)}",
                typed ? null : BotResponder.Buttons("1", "2", "3", "4", "5")),
            SurveyQuestionKind.Choice => ($"{question.TextIn(run.Language)} {texts.SurveyChoiceHint}",
                BotResponder.Buttons([.. question.ChoicesIn(run.Language)])),
            _ => (question.TextIn(run.Language), question.Optional && !typed ? BotResponder.Buttons(texts.SurveySkip) : null),
        };
        return SendAsync(run, text, actions, $"survey:{run.Id}:{index}", cancellationToken);
    }

    /// <summary>Thanks the resident once the last question is answered.</summary>
    public Task ThankAsync(SurveyRun run, CancellationToken cancellationToken) =>
        SendAsync(run, languages.For(run.Language).SurveyThanks, null, $"survey:{run.Id}:thanks", cancellationToken);

    private Task SendAsync(SurveyRun run, string text, SuggestedActions? actions, string key, CancellationToken cancellationToken) =>
        conversations.SendAsync(run.ConversationId,
            new OutgoingMessage(AuthorKind.Bot, "bot", options.Value.BotName, text, SuggestedActions: actions, IdempotencyKey: key),
            cancellationToken);
}
