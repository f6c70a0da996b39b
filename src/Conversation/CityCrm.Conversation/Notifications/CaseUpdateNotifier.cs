using CityCrm.CaseCore;
using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Notifications;

/// <summary>
/// Tells the resident who reported a request that staff started on it or closed it, in their language, on the channel
/// they reported it on (a caller by text message). The notice is an ordinary outgoing message, so it goes through the
/// outbox, is blocked for a number that opted out, and is in the conversation's history for agents.
/// </summary>
public sealed class CaseUpdateNotifier(
    ConversationService conversations, IConversationStore store, TextRelay relay, BotLanguages languages,
    BotReplyRenderer renderer, IOptions<ConversationOptions> options)
{
    /// <summary>Sends the notice for the case's current status; says why when there is nothing to send or no way to send it.</summary>
    public async Task<CaseNotice> NotifyAsync(Case updated, string? note, CancellationToken cancellationToken)
    {
        if (updated.ConversationId is not { } conversationId || await conversations.GetAsync(conversationId, cancellationToken) is not { } reported)
            return new CaseNotice(false, "The request was not made in a conversation, so there is no one to notify.");
        var target = await relay.TargetAsync(reported, cancellationToken);
        if (!target.Reaches)
            return new CaseNotice(false, target.Kind == RelayKind.OptedOut
                ? "The resident's number opted out of text messages."
                : "The caller withheld their number.");
        var contact = await store.GetContactAsync(reported.ContactId, cancellationToken);
        var say = languages.For(contact?.Language, target.Conversation.ChannelId);
        var template = updated.Status switch
        {
            CaseStatus.InProgress => say.CaseInProgress,
            CaseStatus.Closed => say.CaseClosed,
            _ => null,
        };
        if (template is null)
            return new CaseNotice(false, "An open request has no update to send.");
        var text = await renderer.RenderAsync(template, new Dictionary<string, object?>
        {
            ["city"] = options.Value.CityName, ["reference"] = updated.Reference, ["service"] = updated.ServiceName,
            ["location"] = updated.Location, ["note"] = note?.Trim() ?? "",
        }, cancellationToken);
        await conversations.SendAsync(target.Conversation.Id,
            new OutgoingMessage(AuthorKind.Bot, "bot", options.Value.BotName, text, Entities: [CityBot.CaseEntity(updated)]), cancellationToken);
        return new CaseNotice(true, target.Kind == RelayKind.ByText ? "Sent by text message." : "Sent.");
    }
}
