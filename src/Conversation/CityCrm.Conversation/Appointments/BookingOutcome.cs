namespace CityCrm.Conversations.Appointments;

/// <summary>What a booking or a rescheduling came to.</summary>
public enum BookingOutcome
{
    Booked = 0,
    UnknownCalendar = 1,
    UnknownAppointment = 2,
    NotASlot = 3,
    Past = 4,
    Blackout = 5,
    BeyondHorizon = 6,
    /// <summary>The slot already holds its capacity.</summary>
    Full = 7,
}
