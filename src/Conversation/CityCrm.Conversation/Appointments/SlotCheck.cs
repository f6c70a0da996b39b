namespace CityCrm.Conversations.Appointments;

/// <summary>Whether a time can be booked in a calendar, and if not, why.</summary>
public enum SlotCheck
{
    Open = 0,
    /// <summary>No slot of the calendar starts then.</summary>
    NotASlot = 1,
    Past = 2,
    /// <summary>The day is closed (a holiday).</summary>
    Blackout = 3,
    /// <summary>Further ahead than residents may book.</summary>
    BeyondHorizon = 4,
}
