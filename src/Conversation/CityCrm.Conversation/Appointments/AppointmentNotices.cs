using CityCrm.Channels;
using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Appointments;

/// <summary>
/// Tells the resident about their appointment: the confirmation where it was booked, the reminder on their preferred
/// channel (their latest conversation there), else where it was booked; a caller by text. Each notice carries a key made
/// of the appointment, its time and its kind, so sending it again after a restart sends nothing.
/// </summary>
public sealed class AppointmentNotices(
    ConversationService conversations, IConversationStore store, IContactProfileStore profiles, TextRelay relay, AppointmentService service,
    BotLanguages languages, BotReplyRenderer renderer, IOptions<ConversationOptions> options)
{
    public Task<bool> ConfirmAsync(Appointment appointment, CancellationToken cancellationToken) =>
        SendAsync(appointment, appointment.ConversationId, t => t.AppointmentConfirmed, "confirm", cancellationToken);

    public async Task<bool> RemindAsync(Appointment appointment, CancellationToken cancellationToken) =>
        await SendAsync(appointment, await PreferredAsync(appointment, cancellationToken) ?? appointment.ConversationId, t => t.AppointmentReminder, "reminder", cancellationToken);

    public Task<bool> CancelledAsync(Appointment appointment, string conversationId, CancellationToken cancellationToken) =>
        SendAsync(appointment, conversationId, t => t.AppointmentCancelled, "cancelled", cancellationToken);

    private async Task<bool> SendAsync(
        Appointment appointment, string? conversationId, Func<BotMessages, string> pick, string kind, CancellationToken cancellationToken)
    {
        conversationId ??= await PreferredAsync(appointment, cancellationToken);
        if (conversationId is null || await conversations.GetAsync(conversationId, cancellationToken) is not { } conversation
            || service.Find(appointment.CalendarId) is not { } calendar)
            return false;
        var target = await relay.TargetAsync(conversation, cancellationToken);
        if (!target.Reaches)
            return false;
        var language = (await store.GetContactAsync(appointment.ContactId, cancellationToken))?.Language;
        var say = languages.For(language);
        var text = await renderer.RenderAsync(pick(say), new Dictionary<string, object?>
        {
            ["service"] = calendar.NameIn(language),
            ["when"] = SlotLabel.For(calendar, appointment.StartsAt, say),
            ["cancel"] = target.Conversation.ChannelId == ChannelIds.Sms ? "CANCEL APPT" : "CANCEL",
        }, cancellationToken);
        await conversations.SendAsync(target.Conversation.Id, new OutgoingMessage(AuthorKind.Bot, "bot", options.Value.BotName, text,
            IdempotencyKey: $"appointment:{appointment.Id}:{kind}:{appointment.StartsAt.UtcTicks}"), cancellationToken);
        return true;
    }

    // The contact's latest conversation on the channel they prefer for news, if they named one and have one there.
    private async Task<string?> PreferredAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        var channel = (await profiles.GetAsync(appointment.ContactId, cancellationToken))?.PreferredChannel;
        if (channel is null)
            return null;
        return (await store.ListByContactAsync(appointment.ContactId, 50, cancellationToken))
            .Where(c => c.ChannelId == channel).OrderByDescending(c => c.UpdatedAt).FirstOrDefault()?.Id;
    }
}
