namespace CityCrm.Conversations.Appointments;

/// <summary>One weekly opening of a calendar: on <see cref="Day"/>, from <see cref="Open"/> to <see cref="Close"/> ("HH:mm", local time).</summary>
public sealed class OpeningRule
{
    public DayOfWeek Day { get; set; }
    public string Open { get; set; } = "09:00";
    public string Close { get; set; } = "17:00";
}
