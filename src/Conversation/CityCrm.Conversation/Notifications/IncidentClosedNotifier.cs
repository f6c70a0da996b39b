using CityCrm.CaseCore;
using CityCrm.CaseCore.Incidents;
using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Notifications;

/// <summary>
/// Tells every reporter of a closed incident its closing message, once: each contact's notice is claimed in the store
/// before it is sent, so a retry or a second run skips whoever was told (or could not be). The notice goes on the channel
/// they reported on (a caller by text), in their language, as an ordinary outgoing message through the outbox; a
/// resident who opted out of that channel is recorded as such and not sent anything.
/// </summary>
public sealed class IncidentClosedNotifier(
    IIncidentStore incidents, ICaseStore cases, ConversationService conversations, IConversationStore store, TextRelay relay,
    IConsentPolicy consent, IOptions<ConversationOptions> options, TimeProvider clock)
{
    /// <summary>Notifies the reporters not yet notified and returns every notice of the incident, in the order they were claimed.</summary>
    public async Task<IReadOnlyList<IncidentNotification>> NotifyAsync(Incident incident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (incident.IsActive || incident.Closing is not { } closing)
            throw new IncidentTransitionException($"Incident \"{incident.Title}\" is still active; its reporters are told when it closes.");
        foreach (var reference in incident.Cases)
        {
            if (await cases.GetByReferenceAsync(reference, cancellationToken) is not { } reported)
                continue;
            var claim = new IncidentNotification(incident.Id, reported.ContactId, reported.Reference, NotificationOutcome.Pending, "", clock.GetUtcNow());
            if (!await incidents.ClaimNotificationAsync(claim, cancellationToken))
                continue;
            try
            {
                var (outcome, detail) = await SendAsync(incident.Id, reported, closing, cancellationToken);
                await incidents.CompleteNotificationAsync(incident.Id, reported.ContactId, outcome, detail, CancellationToken.None);
            }
            catch
            {
                // Not sent: give the claim back so the next attempt tells this resident.
                await incidents.ReleaseNotificationAsync(incident.Id, reported.ContactId, CancellationToken.None);
                throw;
            }
        }
        return await incidents.ListNotificationsAsync(incident.Id, cancellationToken);
    }

    private async Task<(NotificationOutcome, string)> SendAsync(string incidentId, Case reported, IncidentMessage closing, CancellationToken cancellationToken)
    {
        if (reported.ConversationId is not { } conversationId || await conversations.GetAsync(conversationId, cancellationToken) is not { } conversation)
            return (NotificationOutcome.Unreachable, "The request was not made in a conversation, so there is no one to notify.");
        var target = await relay.TargetAsync(conversation, cancellationToken);
        if (target.Kind == RelayKind.OptedOut)
            return (NotificationOutcome.OptedOut, "The resident's number opted out of text messages.");
        if (!target.Reaches)
            return (NotificationOutcome.Unreachable, "The caller withheld their number.");
        var to = target.Conversation;
        var decision = await consent.CheckAsync(
            new ConsentQuery(to.ChannelId, to.Address, to.Id, [ConsentTopics.CaseUpdates, ConsentTopics.Department(reported.Department)]), cancellationToken);
        if (!decision.Allowed)
            return (NotificationOutcome.OptedOut, decision.Reason ?? "The resident opted out of this channel.");
        var contact = await store.GetContactAsync(to.ContactId, cancellationToken);
        await conversations.SendAsync(to.Id, new OutgoingMessage(AuthorKind.Bot, "bot", options.Value.BotName, closing.For(contact?.Language),
            // Keyed per incident: a notice retried after a stop (IncidentNoticeRecovery) is not queued twice.
            Entities: [CityBot.CaseEntity(reported)], IdempotencyKey: $"incident:{incidentId}:closed"), cancellationToken);
        return (NotificationOutcome.Sent, target.Kind == RelayKind.ByText ? "Sent by text message." : "Sent.");
    }
}
