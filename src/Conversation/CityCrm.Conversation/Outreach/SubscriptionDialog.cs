using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Outreach;

/// <summary>
/// Answers subscription keywords in any conversation the bot holds (text messages, chat apps, web chat): subscribes or
/// unsubscribes the resident's contact, recording the confirmation it sends as the wording shown, or lists the topics
/// when the keyword names none it knows.
/// </summary>
public sealed class SubscriptionDialog(ISubscriptionService subscriptions, ConversationService conversations, IOptions<ConversationOptions> options)
{
    /// <summary>True when the message was a subscription keyword and was answered.</summary>
    public async Task<bool> TryHandleAsync(Conversation conversation, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (SubscriptionCommand.Parse(text) is not { } command)
            return false;
        var language = command.Language;
        string reply;
        if (command.Topic is null || subscriptions.Find(command.Topic) is not { } topic)
        {
            reply = SubscriptionReplies.Choices(subscriptions.Topics, command.Topic, language);
        }
        else
        {
            var source = $"keyword:{conversation.ChannelId}:{conversation.Id}";
            if (command.Subscribe)
            {
                reply = SubscriptionReplies.Subscribed(topic, language);
                await subscriptions.SubscribeAsync(conversation.ContactId, topic.Id, source, reply, cancellationToken);
            }
            else
            {
                reply = SubscriptionReplies.Unsubscribed(topic, language);
                await subscriptions.UnsubscribeAsync(conversation.ContactId, topic.Id, source, reply, cancellationToken);
            }
        }
        await conversations.SendAsync(conversation.Id, new OutgoingMessage(AuthorKind.Bot, "bot", options.Value.BotName, reply), cancellationToken);
        return true;
    }
}
