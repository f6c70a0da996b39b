using System.Globalization;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Appointments;

/// <summary>
/// Books, moves and cancels appointments in the configured calendars: the time must be a slot of the calendar, in the
/// future, not on a blackout day and within the booking horizon; the slot's capacity is enforced by the store.
/// </summary>
public sealed class AppointmentService(IAppointmentStore store, IOptions<AppointmentOptions> options, TimeProvider clock)
{
    public IReadOnlyList<AppointmentCalendar> Calendars => options.Value.Calendars;

    public AppointmentCalendar? Find(string calendarId) =>
        options.Value.Calendars.FirstOrDefault(c => string.Equals(c.Id, calendarId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The calendar one of whose keywords appears in <paramref name="text"/>, or null.</summary>
    public AppointmentCalendar? Match(string text) =>
        options.Value.Calendars.FirstOrDefault(c => c.Keywords.Any(k => text.Contains(k, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Every future slot of <paramref name="days"/> local days from <paramref name="from"/>, with its bookings.</summary>
    public async Task<IReadOnlyList<SlotAvailability>> SlotsAsync(AppointmentCalendar calendar, DateOnly from, int days, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var now = clock.GetUtcNow();
        var slots = SlotPlanner.Slots(calendar, from, days).Where(s => s > now).ToList();
        if (slots.Count == 0)
            return [];
        var booked = await store.CountBookedAsync(calendar.Id, slots[0], slots[^1].AddTicks(1), cancellationToken);
        return [.. slots.Select(s => new SlotAvailability(s, booked.GetValueOrDefault(s), calendar.Capacity))];
    }

    /// <summary>The first <paramref name="count"/> slots with room, from now to the booking horizon.</summary>
    public async Task<IReadOnlyList<DateTimeOffset>> OpenSlotsAsync(AppointmentCalendar calendar, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var slots = await SlotsAsync(calendar, SlotPlanner.LocalDate(calendar, clock.GetUtcNow()), calendar.HorizonDays + 1, cancellationToken);
        return [.. slots.Where(s => s.Open).Take(count).Select(s => s.Start)];
    }

    public async Task<BookingResult> BookAsync(
        string calendarId, DateTimeOffset start, string contactId, string? conversationId, string bookedBy, CancellationToken cancellationToken)
    {
        if (Find(calendarId) is not { } calendar)
            return new BookingResult(BookingOutcome.UnknownCalendar);
        var now = clock.GetUtcNow();
        if (Refused(calendar, start, now) is { } refused)
            return new BookingResult(refused);
        var appointment = new Appointment(Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)), calendar.Id,
            start.ToUniversalTime(), contactId, conversationId, AppointmentState.Booked, bookedBy, now, ReminderDue(calendar, start, now));
        return await store.BookAsync(appointment, calendar.Capacity, cancellationToken)
            ? new BookingResult(BookingOutcome.Booked, appointment)
            : new BookingResult(BookingOutcome.Full);
    }

    public async Task<BookingResult> RescheduleAsync(string appointmentId, DateTimeOffset start, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(appointmentId, cancellationToken) is not { State: AppointmentState.Booked } current)
            return new BookingResult(BookingOutcome.UnknownAppointment);
        var calendar = Find(current.CalendarId)!;
        var now = clock.GetUtcNow();
        if (Refused(calendar, start, now) is { } refused)
            return new BookingResult(refused);
        var reminder = ReminderDue(calendar, start, now);
        return await store.RescheduleAsync(appointmentId, start.ToUniversalTime(), reminder, calendar.Capacity, cancellationToken)
            ? new BookingResult(BookingOutcome.Booked, current with { StartsAt = start.ToUniversalTime(), ReminderDueAt = reminder, ReminderSentAt = null })
            : new BookingResult(BookingOutcome.Full);
    }

    public Task<bool> CancelAsync(string appointmentId, CancellationToken cancellationToken) =>
        store.CancelAsync(appointmentId, clock.GetUtcNow(), cancellationToken);

    /// <summary>The slot's start as residents read it ("Tue Dec 8, 9:00 AM"), in the calendar's time zone.</summary>
    private static BookingOutcome? Refused(AppointmentCalendar calendar, DateTimeOffset start, DateTimeOffset now) => SlotPlanner.Check(calendar, start, now) switch
    {
        SlotCheck.Past => BookingOutcome.Past,
        SlotCheck.Blackout => BookingOutcome.Blackout,
        SlotCheck.NotASlot => BookingOutcome.NotASlot,
        SlotCheck.BeyondHorizon => BookingOutcome.BeyondHorizon,
        _ => null,
    };

    // The day before, at the configured local time; none when that moment has already passed at booking.
    private DateTimeOffset? ReminderDue(AppointmentCalendar calendar, DateTimeOffset start, DateTimeOffset now)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(calendar.TimeZone);
        var day = SlotPlanner.LocalDate(calendar, start).AddDays(-1).ToDateTime(TimeOnly.Parse(options.Value.ReminderTime, CultureInfo.InvariantCulture));
        var due = new DateTimeOffset(day, zone.GetUtcOffset(day)).ToUniversalTime();
        return due > now ? due : null;
    }
}
