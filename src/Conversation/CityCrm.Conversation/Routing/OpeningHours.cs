using System.Globalization;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Routing;

/// <summary>
/// The contact center's calendar: whether agents are answering at a given instant, in the city's own time zone
/// (so daylight saving moves nothing). A bad calendar fails at start, not on the first call.
/// </summary>
public sealed class OpeningHours
{
    private readonly TimeZoneInfo zone;
    private readonly Dictionary<DayOfWeek, List<(TimeOnly Open, TimeOnly Close)>> weekly;
    private readonly HashSet<DateOnly> closed;

    public OpeningHours(IOptions<OpeningHoursOptions> options)
    {
        var o = options.Value;
        zone = TimeZoneInfo.FindSystemTimeZoneById(o.TimeZone);
        weekly = o.Weekly.ToDictionary(d => d.Key, d => Ranges(d.Key, d.Value));
        closed = [.. o.Closed];
        Description = o.Description;
    }

    /// <summary>The hours as residents are told them.</summary>
    public string Description { get; }

    /// <summary>True when <paramref name="instant"/> falls in an open range of its local day, and the day is not closed.</summary>
    public bool IsOpen(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (closed.Contains(day) || !weekly.TryGetValue(local.DayOfWeek, out var ranges))
            return false;
        var time = TimeOnly.FromDateTime(local.DateTime);
        return ranges.Any(r => time >= r.Open && time < r.Close);
    }

    private static List<(TimeOnly, TimeOnly)> Ranges(DayOfWeek day, string text)
    {
        var ranges = new List<(TimeOnly, TimeOnly)>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length != 2
                || !TimeOnly.TryParseExact(bounds[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var open)
                || !TryParseClose(bounds[1], out var close)
                || close <= open)
                throw new OptionsValidationException(nameof(OpeningHoursOptions), typeof(OpeningHoursOptions),
                    [$"OpeningHours:Weekly:{day} has \"{part}\"; expected ranges like 08:00-18:00 (HH:mm, close after open, 24:00 for midnight)."]);
            ranges.Add((open, close));
        }
        return ranges;
    }

    // "24:00" closes at the end of the day, which TimeOnly cannot write.
    private static bool TryParseClose(string text, out TimeOnly close)
    {
        if (text == "24:00")
        {
            close = TimeOnly.MaxValue;
            return true;
        }
        return TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out close);
    }
}
