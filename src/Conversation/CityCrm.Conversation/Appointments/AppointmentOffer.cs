namespace CityCrm.Conversations.Appointments;

/// <summary>The slots the bot last offered in a conversation; <see cref="AppointmentId"/> is set when they reschedule it.</summary>
public sealed record AppointmentOffer(string ConversationId, string CalendarId, IReadOnlyList<DateTimeOffset> Slots, string? AppointmentId, DateTimeOffset OfferedAt);
