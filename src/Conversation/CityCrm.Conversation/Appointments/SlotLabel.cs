using System.Globalization;
using CityCrm.Conversations.Bot;

namespace CityCrm.Conversations.Appointments;

/// <summary>
/// An appointment time in the calendar's time zone as the resident's language writes it ("Tue Dec 8, 10:00 AM",
/// "martes 8 de diciembre, 10:00"), from <see cref="BotMessages.SlotFormat"/>: the host runs with invariant
/// globalization, so day and month names come from the messages, not from .NET cultures.
/// </summary>
public static class SlotLabel
{
    public static string For(AppointmentCalendar calendar, DateTimeOffset start, BotMessages say)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(say);
        var local = TimeZoneInfo.ConvertTime(start, TimeZoneInfo.FindSystemTimeZoneById(calendar.TimeZone));
        var days = say.SlotWeekdays.Split(',', StringSplitOptions.TrimEntries);
        var months = say.SlotMonths.Split(',', StringSplitOptions.TrimEntries);
        var hour12 = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        return say.SlotFormat
            .Replace("{weekday}", days.Length == 7 ? days[(int)local.DayOfWeek] : "", StringComparison.Ordinal)
            .Replace("{day}", local.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{month}", months.Length == 12 ? months[local.Month - 1] : local.Month.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{hour12}", hour12.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{hour}", local.Hour.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{minute}", local.Minute.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{ampm}", local.Hour < 12 ? "AM" : "PM", StringComparison.Ordinal)
            .Trim();
    }
}
