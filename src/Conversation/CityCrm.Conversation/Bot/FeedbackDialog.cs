using CityCrm.Channels.Schema;
using CityCrm.Conversations.Model;
using CityCrm.Knowledge.Insights;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// The resident's "did that help?" after an answer: a yes or no right after the answer (nothing else said
/// in between) is feedback on it, recorded on its answer record; anything else is a new message.
/// </summary>
public sealed class FeedbackDialog(BotResponder bot, IAnswerLog log, IConversationStore store, TimeProvider clock,
    BotLanguages languages)
{
    // Further back than this, the answer is no longer what the resident is replying to.
    private const int MaxMessagesBetween = 20;

    /// <summary>The suggested actions of an answer, in the answer's language (<paramref name="say"/>): read the article, the two feedback buttons, talk to a person.</summary>
    public static SuggestedActions AnswerActions(string articleUrl, BotMessages say)
    {
        ArgumentNullException.ThrowIfNull(say);
        return new()
        {
            Actions = [CardAction.OpenUrl(say.ReadMore, articleUrl), CardAction.ImBack(say.Helpful), CardAction.ImBack(say.NotHelpful), CardAction.ImBack(say.TalkToPerson)],
        };
    }

    /// <summary>Takes <paramref name="message"/> as feedback on the answer just given, if it is one; false otherwise.</summary>
    public async Task<bool> TryHandleAsync(Conversation conversation, Message message, string text, CancellationToken cancellationToken)
    {
        var labels = languages.For(null, conversation.ChannelId);
        if (FeedbackReply.Parse(text, labels.Helpful, labels.NotHelpful) is not { } helpful)
            return false;
        var answer = await log.FindLatestAsync(conversation.Id, cancellationToken);
        if (answer is not { Outcome: AnswerOutcome.Answered, Helpful: null } || !await RightAfterAsync(answer, message, cancellationToken))
            return false;
        await log.SetFeedbackAsync(answer.Id, helpful, clock.GetUtcNow(), cancellationToken);
        var say = languages.For(answer.Language, conversation.ChannelId);
        if (helpful)
            await bot.ReplyAsync(conversation, say.FeedbackThanks, [], cancellationToken);
        else
            await bot.ReplyAsync(conversation, say.FeedbackSorry, [], cancellationToken, BotResponder.Buttons(say.TalkToPerson, say.ReportProblem));
        return true;
    }

    // Only the bot spoke between the question and this reply.
    private async Task<bool> RightAfterAsync(AnswerRecord answer, Message reply, CancellationToken cancellationToken)
    {
        var between = reply.Sequence - answer.MessageSequence - 1;
        if (between < 0 || between > MaxMessagesBetween)
            return false;
        var messages = await store.GetMessagesAsync(answer.ConversationId, answer.MessageSequence, (int)between, cancellationToken);
        return messages.All(m => m.Direction != MessageDirection.Incoming);
    }
}
