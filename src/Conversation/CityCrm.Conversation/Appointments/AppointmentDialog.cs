using System.Text.RegularExpressions;
using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Appointments;

/// <summary>
/// Appointments in the conversation: "book a fire inspection" offers the next open slots as buttons (numbered where
/// the channel has none), and the pick books one and confirms it; CANCEL (or CANCEL APPT) cancels the resident's next
/// appointment and RESCHEDULE offers other slots for it. Anything else goes on to the bot, and drops an open offer.
/// </summary>
public sealed partial class AppointmentDialog(
    IAppointmentStore store, AppointmentService service, AppointmentNotices notices, BotResponder bot, IConversationStore conversations,
    BotLanguages languages, BotReplyRenderer renderer, IOptions<AppointmentOptions> options, TimeProvider clock) : IBotDialog
{
    public async Task<bool> TryHandleAsync(Conversation conversation, Message message, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (await store.GetOfferAsync(conversation.Id, cancellationToken) is { } offer)
        {
            await store.DeleteOfferAsync(conversation.Id, cancellationToken);
            var offeredIn = languages.For(await LanguageAsync(conversation, cancellationToken));
            if (service.Find(offer.CalendarId) is { } offered
                && offer.Slots.FirstOrDefault(s => string.Equals(SlotLabel.For(offered, s, offeredIn), text.Trim(), StringComparison.OrdinalIgnoreCase)) is { } picked
                && picked != default)
                return await TakeAsync(conversation, offer, offered, picked, cancellationToken);
        }
        var t = text.Trim().ToLowerInvariant();
        if (BookRule().IsMatch(t) && service.Match(t) is { } calendar)
            return await OfferAsync(conversation, calendar, null, cancellationToken);
        if (conversation.BotState is not null || !(CancelRule().IsMatch(t) || RescheduleRule().IsMatch(t)))
            return false;
        var language = await LanguageAsync(conversation, cancellationToken);
        var upcoming = (await store.ListUpcomingAsync(conversation.ContactId, clock.GetUtcNow(), cancellationToken)).FirstOrDefault();
        if (upcoming is null || service.Find(upcoming.CalendarId) is not { } booked)
        {
            // A bare "cancel" is the bot's own word too (dropping what was under way): without an appointment it is not ours.
            if (t.TrimEnd('.', '!') == "cancel")
                return false;
            await bot.ReplyAsync(conversation, languages.For(language).AppointmentNothingToCancel, [], cancellationToken);
            return true;
        }
        if (RescheduleRule().IsMatch(t))
            return await OfferAsync(conversation, booked, upcoming.Id, cancellationToken);
        if (await service.CancelAsync(upcoming.Id, cancellationToken))
            await notices.CancelledAsync(upcoming, conversation.Id, cancellationToken);
        return true;
    }

    private async Task<bool> OfferAsync(Conversation conversation, AppointmentCalendar calendar, string? appointmentId, CancellationToken cancellationToken)
    {
        var language = await LanguageAsync(conversation, cancellationToken);
        var say = languages.For(language);
        var named = new Dictionary<string, object?> { ["service"] = calendar.NameIn(language) };
        var slots = await service.OpenSlotsAsync(calendar, options.Value.OfferCount, cancellationToken);
        if (slots.Count == 0)
        {
            await bot.ReplyAsync(conversation, await renderer.RenderAsync(say.AppointmentNoSlots, named, cancellationToken), [], cancellationToken);
            return true;
        }
        await store.SaveOfferAsync(new AppointmentOffer(conversation.Id, calendar.Id, slots, appointmentId, clock.GetUtcNow()), cancellationToken);
        await bot.ReplyAsync(conversation, await renderer.RenderAsync(say.AppointmentOffer, named, cancellationToken), [], cancellationToken,
            BotResponder.Buttons([.. slots.Select(s => SlotLabel.For(calendar, s, say))]));
        return true;
    }

    private async Task<bool> TakeAsync(Conversation conversation, AppointmentOffer offer, AppointmentCalendar calendar, DateTimeOffset picked, CancellationToken cancellationToken)
    {
        var result = offer.AppointmentId is { } moving
            ? await service.RescheduleAsync(moving, picked, cancellationToken)
            : await service.BookAsync(calendar.Id, picked, conversation.ContactId, conversation.Id, "bot", cancellationToken);
        if (result is { Outcome: BookingOutcome.Booked, Appointment: { } appointment })
        {
            await notices.ConfirmAsync(appointment with { ConversationId = conversation.Id }, cancellationToken);
            return true;
        }
        // Someone took the last place between the offer and the pick: say so and offer what is left.
        await bot.ReplyAsync(conversation, languages.For(await LanguageAsync(conversation, cancellationToken)).AppointmentTaken, [], cancellationToken);
        return await OfferAsync(conversation, calendar, offer.AppointmentId, cancellationToken);
    }

    private async Task<string?> LanguageAsync(Conversation conversation, CancellationToken cancellationToken) =>
        (await conversations.GetContactAsync(conversation.ContactId, cancellationToken))?.Language;

    [GeneratedRegex(@"\b(book|schedule|make|need|want|request)\b.*\b(appointment|inspection|visit)\b|\b(reservar|programar|pedir|agendar)\b.*\b(cita|inspecci[oó]n)\b|^(book|schedule)\b")]
    private static partial Regex BookRule();

    [GeneratedRegex(@"^(cancel( my)? (appointment|appt|inspection)|cancel|cancelar( mi)? cita|cancelar)[.!]?$")]
    private static partial Regex CancelRule();

    [GeneratedRegex(@"^(reschedule( my)?( appointment| appt| inspection)?|cambiar( mi)? cita|reprogramar)[.!]?$")]
    private static partial Regex RescheduleRule();
}
