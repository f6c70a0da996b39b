namespace CityCrm.Conversations.Appointments;

/// <summary>A resident's booking of one slot.</summary>
/// <param name="Id">The appointment's id.</param>
/// <param name="CalendarId">The calendar (service) it is in.</param>
/// <param name="StartsAt">The slot's start (UTC).</param>
/// <param name="ContactId">Who comes.</param>
/// <param name="ConversationId">Where it was booked (confirmation and reminder go to the preferred channel, else here).</param>
/// <param name="State">Booked or cancelled.</param>
/// <param name="BookedBy">The agent, or "bot".</param>
/// <param name="BookedAt">When.</param>
/// <param name="ReminderDueAt">When the day-before reminder goes out; null when booked too late for one.</param>
/// <param name="ReminderSentAt">When it went out.</param>
public sealed record Appointment(
    string Id, string CalendarId, DateTimeOffset StartsAt, string ContactId, string? ConversationId, AppointmentState State,
    string BookedBy, DateTimeOffset BookedAt, DateTimeOffset? ReminderDueAt = null, DateTimeOffset? ReminderSentAt = null);
