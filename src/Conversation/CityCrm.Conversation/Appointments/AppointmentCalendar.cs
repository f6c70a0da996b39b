namespace CityCrm.Conversations.Appointments;

/// <summary>
/// A service's calendar (fire inspections...): weekly openings cut into slots of <see cref="SlotMinutes"/>, each taking
/// up to <see cref="Capacity"/> bookings, no slots on <see cref="Blackouts"/>, all in the city's <see cref="TimeZone"/>.
/// </summary>
public sealed class AppointmentCalendar
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? NameEs { get; set; }
    /// <summary>Words that name the service in a resident's message ("fire inspection", "inspección").</summary>
    public List<string> Keywords { get; set; } = [];
    public string TimeZone { get; set; } = "America/New_York";
    public int SlotMinutes { get; set; } = 60;
    public int Capacity { get; set; } = 1;
    public List<OpeningRule> Hours { get; set; } = [];
    /// <summary>Local dates ("yyyy-MM-dd") without any slot: holidays, training days.</summary>
    public List<string> Blackouts { get; set; } = [];
    /// <summary>How many days ahead residents may book.</summary>
    public int HorizonDays { get; set; } = 30;

    /// <summary>The calendar's name in <paramref name="language"/>.</summary>
    public string NameIn(string? language) => language == "es" && !string.IsNullOrWhiteSpace(NameEs) ? NameEs : Name;
}
