using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Outreach;

/// <summary>
/// Answers subscription keywords in any conversation the bot holds (text messages, chat apps, web chat): subscribes or
/// unsubscribes the resident's contact, recording the confirmation it sends as the wording shown, or lists the topics
/// when the keyword names none it knows. The words are the bot's messages in the keyword's language.
/// </summary>
public sealed class SubscriptionDialog(
    ISubscriptionService subscriptions, ConversationService conversations, BotLanguages languages, BotReplyRenderer renderer,
    IOptions<ConversationOptions> options)
{
    /// <summary>True when the message was a subscription keyword and was answered.</summary>
    public async Task<bool> TryHandleAsync(Conversation conversation, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (SubscriptionCommand.Parse(text) is not { } command)
            return false;
        var language = command.Language;
        var say = languages.For(language, conversation.ChannelId);
        string reply;
        if (command.Topic is null || subscriptions.Find(command.Topic) is not { } topic)
        {
            reply = await ChoicesAsync(say, command.Topic, language, cancellationToken);
        }
        else
        {
            var source = $"keyword:{conversation.ChannelId}:{conversation.Id}";
            var values = new Dictionary<string, object?> { ["topic"] = topic.NameFor(language), ["keyword"] = topic.KeywordFor(language) };
            reply = await renderer.RenderAsync(command.Subscribe ? say.SubscriptionDone : say.SubscriptionEnded, values, cancellationToken);
            if (command.Subscribe)
                await subscriptions.SubscribeAsync(conversation.ContactId, topic.Id, source, reply, cancellationToken);
            else
                await subscriptions.UnsubscribeAsync(conversation.ContactId, topic.Id, source, reply, cancellationToken);
        }
        await conversations.SendAsync(conversation.Id, new OutgoingMessage(AuthorKind.Bot, "bot", options.Value.BotName, reply), cancellationToken);
        return true;
    }

    // The topics there are, after a word on the topic that was not found, if one was typed.
    private async Task<string> ChoicesAsync(BotMessages say, string? unknown, string language, CancellationToken cancellationToken)
    {
        var topics = subscriptions.Topics;
        if (topics.Count == 0)
            return say.SubscriptionNone;
        var choices = await renderer.RenderAsync(say.SubscriptionChoices, new Dictionary<string, object?>
        {
            ["list"] = string.Join("; ", topics.Select(t => $"{t.KeywordFor(language)} ({t.NameFor(language)})")),
            ["example"] = topics[0].KeywordFor(language),
        }, cancellationToken);
        return unknown is null
            ? choices
            : await renderer.RenderAsync(say.SubscriptionUnknown, new Dictionary<string, object?> { ["topic"] = unknown }, cancellationToken) + " " + choices;
    }
}
