namespace CityCrm.Conversations.Supervision;

/// <summary>Days and hours in the city's time zone, for "today" and for the reports' buckets.</summary>
public sealed class CityCalendar(TimeZoneInfo zone)
{
    public TimeZoneInfo Zone => zone;

    /// <summary>The local date of an instant.</summary>
    public DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    /// <summary>The local date and hour of an instant, as "yyyy-MM-dd HH:00".</summary>
    public string HourOf(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The instant the local date starts (midnight, or the first valid time on a day that skips it).</summary>
    public DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        // A clock change at midnight skips it: the day starts at the first minute that exists.
        while (zone.IsInvalidTime(local))
            local = local.AddMinutes(1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The instant today started in the city.</summary>
    public DateTimeOffset StartOfToday(DateTimeOffset now) => StartOf(DateOf(now));
}
