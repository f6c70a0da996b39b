namespace CityCrm.Conversations.Appointments;

/// <summary>Whether an appointment holds its place in the slot.</summary>
public enum AppointmentState
{
    Booked = 0,
    Cancelled = 1,
}
