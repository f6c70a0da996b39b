using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Outreach;

/// <summary>The hours, in the city's time zone, when broadcasts wait rather than wake residents (21:00 to 08:00 by default).</summary>
public sealed class QuietHours(IOptions<OutreachOptions> options)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>When quiet hours that hold <paramref name="now"/> end, or null when <paramref name="now"/> is not in them.</summary>
    public DateTimeOffset? EndOf(DateTimeOffset now)
    {
        var (start, end) = (options.Value.QuietStart, options.Value.QuietEnd);
        if (start == end)
            return null;
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var quiet = start < end ? time >= start && time < end : time >= start || time < end;
        if (!quiet)
            return null;
        var day = DateOnly.FromDateTime(local.DateTime);
        if (time >= end)
            day = day.AddDays(1);
        var endLocal = day.ToDateTime(end);
        return new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal));
    }
}
