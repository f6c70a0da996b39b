namespace CityCrm.Conversations.Appointments;

/// <summary>Settings of appointments (<c>Appointments</c> in appsettings.json): the calendars and the reminder.</summary>
public sealed class AppointmentOptions
{
    public const string Section = "Appointments";

    public List<AppointmentCalendar> Calendars { get; set; } = [];

    /// <summary>The local time, the day before, when the reminder goes out.</summary>
    public string ReminderTime { get; set; } = "10:00";

    /// <summary>How often due reminders are looked for.</summary>
    public int PollSeconds { get; set; } = 30;

    /// <summary>How many open slots the bot offers at once.</summary>
    public int OfferCount { get; set; } = 3;
}
