namespace CityCrm.Conversations.Appointments;

/// <summary>One slot: when it starts, how many are booked in it and how many it takes.</summary>
public sealed record SlotAvailability(DateTimeOffset Start, int Booked, int Capacity)
{
    public bool Open => Booked < Capacity;
}
