using System.Globalization;

namespace CityCrm.Conversations.Appointments;

/// <summary>Cuts a calendar's weekly openings into slots, in its own time zone, skipping blackout days.</summary>
public static class SlotPlanner
{
    /// <summary>The slot starts (UTC) of <paramref name="days"/> local days from <paramref name="from"/>, in order.</summary>
    public static IEnumerable<DateTimeOffset> Slots(AppointmentCalendar calendar, DateOnly from, int days)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(calendar.TimeZone);
        var length = TimeSpan.FromMinutes(Math.Max(1, calendar.SlotMinutes));
        for (var d = 0; d < days; d++)
        {
            var date = from.AddDays(d);
            if (calendar.Blackouts.Contains(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                continue;
            foreach (var rule in calendar.Hours.Where(h => h.Day == date.DayOfWeek).OrderBy(h => h.Open, StringComparer.Ordinal))
            {
                var close = date.ToDateTime(TimeOnly.Parse(rule.Close, CultureInfo.InvariantCulture));
                for (var start = date.ToDateTime(TimeOnly.Parse(rule.Open, CultureInfo.InvariantCulture)); start + length <= close; start += length)
                    yield return new DateTimeOffset(start, zone.GetUtcOffset(start)).ToUniversalTime();
            }
        }
    }

    /// <summary>The local date of <paramref name="at"/> in the calendar's time zone.</summary>
    public static DateOnly LocalDate(AppointmentCalendar calendar, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(calendar.TimeZone)).DateTime);
    }

    /// <summary>Whether <paramref name="start"/> may be booked at <paramref name="now"/>.</summary>
    public static SlotCheck Check(AppointmentCalendar calendar, DateTimeOffset start, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (start <= now)
            return SlotCheck.Past;
        var date = LocalDate(calendar, start);
        if (calendar.Blackouts.Contains(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            return SlotCheck.Blackout;
        if (!Slots(calendar, date, 1).Contains(start.ToUniversalTime()))
            return SlotCheck.NotASlot;
        return date > LocalDate(calendar, now).AddDays(calendar.HorizonDays) ? SlotCheck.BeyondHorizon : SlotCheck.Open;
    }
}
