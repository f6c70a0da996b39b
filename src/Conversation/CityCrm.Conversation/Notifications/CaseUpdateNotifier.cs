using System.Globalization;
using CityCrm.CaseCore;
using CityCrm.CaseCore.Duplicates;
using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Notifications;

/// <summary>
/// Tells the resident who reported a request about its progress, in their language, on the channel they reported it
/// on (a caller by text message), or by text message or email to the number or address they gave for updates (the
/// reporter's <see cref="CaseFollower.ConversationId"/>). The wording comes from the service's case templates (<see cref="CaseMessageTemplates"/>),
/// or else the bot's messages. The notice is an ordinary outgoing message, so it goes through the outbox, is blocked
/// for a number that opted out, and is in the conversation's history for agents. A reporter who asked for no updates
/// is not told; residents following the request (<see cref="ICaseFollowers"/>) are told in their own conversations.
/// </summary>
public sealed class CaseUpdateNotifier(
    ConversationService conversations, IConversationStore store, TextRelay relay, BotLanguages languages,
    BotReplyRenderer renderer, IOptions<ConversationOptions> options, CaseMessageTemplates? templates = null,
    ICaseFollowers? followers = null, IConsentPolicy? consent = null)
{
    /// <summary>
    /// Sends the notice for the case's current status; says why when there is nothing to send or no way to send it. Each
    /// saved version of the case is told once per conversation, however often this is called for it.
    /// </summary>
    public Task<CaseNotice> NotifyAsync(Case updated, string? note, CancellationToken cancellationToken) =>
        SendAsync(updated, note, null, $"case:{updated.Reference}:v{updated.Version}", cancellationToken);

    /// <summary>
    /// Sends a workflow rule's message about the case (template "update"), whatever its status. With a
    /// <paramref name="key"/>, each conversation gets that notice once however often it is sent.
    /// </summary>
    public Task<CaseNotice> TellAsync(Case updated, string message, string? key, CancellationToken cancellationToken) =>
        SendAsync(updated, message, CaseMessageTemplates.Update, key, cancellationToken);

    // The reporter is told unless they asked for no updates; residents who reported the same problem and chose to follow
    // this request are told too, each once, in the conversation they reported in.
    private async Task<CaseNotice> SendAsync(Case updated, string? note, string? key, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var attached = followers is null ? [] : await followers.ListAsync(updated.Reference, cancellationToken);
        var reporter = attached.FirstOrDefault(f => f.Kind == FollowerKind.Reporter && f.ContactId == updated.ContactId);
        var result = reporter?.Updates == UpdatePreference.None
            ? new CaseNotice(false, "The resident asked for no updates.")
            : await SendToAsync(updated, reporter?.ConversationId ?? updated.ConversationId, note, key, idempotencyKey, cancellationToken);
        var told = 0;
        foreach (var follower in attached
                     .Where(f => f.Kind == FollowerKind.Follower && f.Updates != UpdatePreference.None && f.ContactId != updated.ContactId)
                     .DistinctBy(f => f.ContactId))
        {
            if ((await SendToAsync(updated, follower.ConversationId, note, key, idempotencyKey, cancellationToken)).Sent)
                told++;
        }
        return told == 0 ? result : result with { Detail = $"{result.Detail} Residents following it told: {told}." };
    }

    private async Task<CaseNotice> SendToAsync(
        Case updated, string? conversationId, string? note, string? key, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (conversationId is null || await conversations.GetAsync(conversationId, cancellationToken) is not { } reported)
            return new CaseNotice(false, "The request was not made in a conversation, so there is no one to notify.");
        var target = await relay.TargetAsync(reported, cancellationToken);
        if (!target.Reaches)
            return new CaseNotice(false, target.Kind == RelayKind.OptedOut
                ? "The resident's number opted out of text messages."
                : "The caller withheld their number.");
        var contact = await store.GetContactAsync(reported.ContactId, cancellationToken);
        var template = key is null ? StatusTemplate(updated, contact?.Language, target.Conversation.ChannelId) : templates?.Find(updated.ServiceCode, contact?.Language, key);
        if (template is null)
            return new CaseNotice(false, key is null ? "A new request has no update to send." : "No template says how to tell the resident.");
        var text = await renderer.RenderAsync(template, Values(updated, note, contact?.Language), cancellationToken);
        var to = target.Conversation;
        var written = await conversations.SendAsync(to.Id,
            new OutgoingMessage(AuthorKind.Bot, "bot", options.Value.BotName, text.Trim(), Entities: [CityBot.CaseEntity(updated)],
                IdempotencyKey: idempotencyKey), cancellationToken);
        // The outbox asks the same question before sending and blocks the message: staff are told so, not "Sent.".
        if (consent is not null && await consent.CheckAsync(
                new ConsentQuery(to.ChannelId, to.Address, to.Id, ConsentTopics.Of(written.Activity)), cancellationToken) is { Allowed: false } refused)
            return CaseNotice.HeldBack(refused.Reason);
        return new CaseNotice(true, target.Kind == RelayKind.ByText ? "Sent by text message." : "Sent.");
    }

    private string? StatusTemplate(Case updated, string? language, string channelId)
    {
        if (updated.Status == CaseStatus.New)
            return null;
        if (templates?.ForStatus(updated, language) is { } fromFile)
            return fromFile;
        var say = languages.For(language, channelId);
        return updated.Status switch
        {
            CaseStatus.InProgress => say.CaseInProgress,
            CaseStatus.Closed => say.CaseClosed,
            _ => null,
        };
    }

    private Dictionary<string, object?> Values(Case updated, string? note, string? language) => new()
    {
        ["city"] = options.Value.CityName, ["reference"] = updated.Reference, ["service"] = updated.ServiceName,
        ["location"] = updated.Location, ["note"] = note?.Trim() ?? "", ["queue"] = updated.Queue,
        ["reason"] = updated.HoldReason ?? "", ["resolution"] = (updated.ResolutionCode ?? "").Replace('-', ' '),
        ["due"] = Due(updated, language),
    };

    // " Target date: March 5, 2026." in the resident's language, or nothing when the case has no due time or is closed.
    // The host runs with invariant globalization, so month names and the date's shape come from the template file.
    private string Due(Case updated, string? language)
    {
        if (updated.DueAt is not { } due || updated.IsClosed || templates?.Find(updated.ServiceCode, language, "due") is not { } sentence)
            return "";
        var months = (templates.Find(updated.ServiceCode, language, "months") ?? "").Split(',', StringSplitOptions.TrimEntries);
        var date = (templates.Find(updated.ServiceCode, language, "dateFormat") ?? "{year}-{month}-{day}")
            .Replace("{day}", due.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{month}", months.Length == 12 ? months[due.Month - 1] : due.Month.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{year}", due.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return " " + sentence.Replace("{date}", date, StringComparison.Ordinal);
    }
}
