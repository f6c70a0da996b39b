namespace CityCrm.Conversations.Appointments;

/// <summary>The outcome of a booking, with the appointment when it was booked (or moved).</summary>
public sealed record BookingResult(BookingOutcome Outcome, Appointment? Appointment = null);
