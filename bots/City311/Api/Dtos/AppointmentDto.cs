using CityCrm.Conversations.Appointments;

namespace CityCrm.City311.Api.Dtos;

/// <summary>An appointment as the API shows it.</summary>
public sealed record AppointmentDto(
    string Id, string CalendarId, DateTimeOffset StartsAt, string ContactId, string? ConversationId, string State, string BookedBy,
    DateTimeOffset BookedAt, DateTimeOffset? ReminderDueAt, DateTimeOffset? ReminderSentAt)
{
    public static AppointmentDto From(Appointment a) => new(a.Id, a.CalendarId, a.StartsAt, a.ContactId, a.ConversationId,
        a.State.ToString().ToLowerInvariant(), a.BookedBy, a.BookedAt, a.ReminderDueAt, a.ReminderSentAt);
}
