namespace CityCrm.CaseCore.Sla;

/// <summary>
/// The city's working hours for service targets counted in business hours: a time zone, the opening and closing
/// time of each working day, the working days and the holidays (dates in the city's time zone).
/// </summary>
public sealed class WorkingCalendarOptions
{
    /// <summary>An IANA or Windows time zone id; the host's local zone when empty.</summary>
    public string TimeZone { get; set; } = "";

    public TimeOnly Opens { get; set; } = new(8, 0);

    public TimeOnly Closes { get; set; } = new(17, 0);

    public List<DayOfWeek> Days { get; set; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public List<DateOnly> Holidays { get; set; } = [];
}
