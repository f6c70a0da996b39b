namespace CityCrm.Conversations.Routing;

/// <summary>When the city's agents answer (section "OpeningHours").</summary>
public sealed class OpeningHoursOptions
{
    /// <summary>The city's IANA time zone ("America/New_York"); the hours below are local time there.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Open ranges per day, "08:00-18:00", several separated by commas ("08:00-12:00,13:00-17:00"); a missing day is closed.</summary>
    public Dictionary<DayOfWeek, string> Weekly { get; set; } = [];

    /// <summary>Whole days closed whatever the weekday (public holidays), as yyyy-MM-dd.</summary>
    public List<DateOnly> Closed { get; set; } = [];

    /// <summary>The hours as residents are told them ("Monday to Friday, 8 a.m. to 6 p.m.").</summary>
    public string Description { get; set; } = "";
}
