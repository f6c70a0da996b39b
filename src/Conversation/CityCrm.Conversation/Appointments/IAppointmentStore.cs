namespace CityCrm.Conversations.Appointments;

/// <summary>Booked appointments, with each slot's capacity enforced by the store itself, and the bot's open offers.</summary>
public interface IAppointmentStore
{
    /// <summary>
    /// Stores the booking if its slot holds fewer than <paramref name="capacity"/> booked appointments, atomically: however
    /// many book at once, no slot ever holds more. False when the slot is full.
    /// </summary>
    Task<bool> BookAsync(Appointment appointment, int capacity, CancellationToken cancellationToken);

    /// <summary>Moves a booked appointment to <paramref name="startsAt"/> if that slot has room (same rule as <see cref="BookAsync"/>), with its new reminder time.</summary>
    Task<bool> RescheduleAsync(string appointmentId, DateTimeOffset startsAt, DateTimeOffset? reminderDueAt, int capacity, CancellationToken cancellationToken);

    /// <summary>Cancels a booked appointment; false when it is unknown or already cancelled.</summary>
    Task<bool> CancelAsync(string appointmentId, DateTimeOffset at, CancellationToken cancellationToken);

    Task<Appointment?> GetAsync(string appointmentId, CancellationToken cancellationToken);

    /// <summary>The contact's booked appointments starting at or after <paramref name="from"/>, soonest first.</summary>
    Task<IReadOnlyList<Appointment>> ListUpcomingAsync(string contactId, DateTimeOffset from, CancellationToken cancellationToken);

    /// <summary>How many booked appointments each slot start of the calendar holds in the half-open period.</summary>
    Task<IReadOnlyDictionary<DateTimeOffset, int>> CountBookedAsync(string calendarId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Booked appointments whose reminder is due and not sent, soonest first.</summary>
    Task<IReadOnlyList<Appointment>> DueRemindersAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Marks the reminder sent.</summary>
    Task MarkReminderSentAsync(string appointmentId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Replaces the conversation's offer.</summary>
    Task SaveOfferAsync(AppointmentOffer offer, CancellationToken cancellationToken);

    Task<AppointmentOffer?> GetOfferAsync(string conversationId, CancellationToken cancellationToken);

    Task DeleteOfferAsync(string conversationId, CancellationToken cancellationToken);
}
