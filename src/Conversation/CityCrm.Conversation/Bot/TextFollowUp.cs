using System.Text.Json;
using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// Sends a resident, by text message, what the bot last gave them in another conversation: the article it cited
/// or the request it opened or looked up. A caller asks by phone and hears back by SMS, in the SMS conversation
/// of the same number, through the same outbox as every reply.
/// </summary>
public sealed class TextFollowUp(
    ConversationService conversations, IInboxRegistry inboxes, IConsentPolicy consent, BotReplyRenderer renderer,
    BotLanguages languages, IOptions<ConversationOptions> options)
{
    // A call's transcript is short; this bounds the look-back for anything else.
    private const int TranscriptLimit = 500;

    /// <summary>Texts the latest article link or request reference of <paramref name="conversation"/> to its resident.</summary>
    public async Task<TextFollowUpOutcome> SendAsync(Conversation conversation, string? language, CancellationToken cancellationToken)
    {
        if (inboxes.Find(conversation.InboxId)?.TextInboxId is not { } textInboxId || inboxes.Find(textInboxId) is not { } textInbox)
            return TextFollowUpOutcome.NoTextChannel;
        var transcript = await conversations.GetTranscriptAsync(conversation.Id, 0, TranscriptLimit, cancellationToken);
        var shared = transcript.Where(m => m.Direction == MessageDirection.Outgoing && !m.IsPrivate)
            .Select(m => Shareable(m)).LastOrDefault(e => e is not null);
        if (shared is null)
            return TextFollowUpOutcome.NothingToSend;
        if (!(await consent.CheckAsync(new ConsentQuery(textInbox.ChannelId, conversation.Address, conversation.Id, [ConsentTopics.Conversation]), cancellationToken)).Allowed)
            return TextFollowUpOutcome.OptedOut;

        var say = languages.For(language, textInbox.ChannelId);
        var values = new Dictionary<string, object?> { ["city"] = options.Value.CityName };
        foreach (var (key, value) in shared.Properties ?? [])
            values[key] = value.ValueKind == JsonValueKind.String ? value.GetString() : value.ToString();
        var text = await renderer.RenderAsync(shared.Type == CityBot.CaseEntityType ? say.FollowUpCase : say.FollowUpArticle, values, cancellationToken);
        var target = await conversations.FindOrOpenAsync(textInbox.Id, conversation.Address, cancellationToken);
        await conversations.SendAsync(target.Id, new OutgoingMessage(AuthorKind.Bot, "bot", options.Value.BotName, text), cancellationToken);
        return TextFollowUpOutcome.Sent;
    }

    private static CityCrm.Channels.Schema.Entity? Shareable(Message message) =>
        message.Activity.Entities?.LastOrDefault(e => e.Type is CityBot.CitationEntityType or CityBot.CaseEntityType);
}
