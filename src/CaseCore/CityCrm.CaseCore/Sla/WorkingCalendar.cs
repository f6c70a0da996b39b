namespace CityCrm.CaseCore.Sla;

/// <summary>
/// Counts working time: a target of 8 working hours reported on Friday at 16:00 with an 8:00 to 17:00 week runs out on
/// Monday at 15:00 (or Tuesday, when Monday is a holiday). Time outside working hours does not count. The 24x7
/// calendar (<see cref="AlwaysOpen"/>) counts every hour.
/// </summary>
public sealed class WorkingCalendar
{
    private const int MaxDays = 3660;
    private readonly TimeZoneInfo zone;
    private readonly TimeOnly opens;
    private readonly TimeOnly closes;
    private readonly HashSet<DayOfWeek> days;
    private readonly HashSet<DateOnly> holidays;
    private readonly bool always;

    public WorkingCalendar(WorkingCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Closes <= options.Opens)
            throw new ArgumentException($"Working hours must close after they open ({options.Opens} to {options.Closes}).", nameof(options));
        if (options.Days.Count == 0)
            throw new ArgumentException("A working calendar needs at least one working day.", nameof(options));
        zone = string.IsNullOrWhiteSpace(options.TimeZone) ? TimeZoneInfo.Local : TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        opens = options.Opens;
        closes = options.Closes;
        days = [.. options.Days];
        holidays = [.. options.Holidays];
    }

    private WorkingCalendar()
    {
        zone = TimeZoneInfo.Utc;
        days = [];
        holidays = [];
        always = true;
    }

    /// <summary>Every hour of every day counts.</summary>
    public static WorkingCalendar AlwaysOpen { get; } = new();

    /// <summary>The moment <paramref name="work"/> of working time after <paramref name="start"/> has passed.</summary>
    public DateTimeOffset Add(DateTimeOffset start, TimeSpan work)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(work, TimeSpan.Zero);
        if (always)
            return start + work;
        var left = work;
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, zone).DateTime);
        for (var i = 0; i < MaxDays; i++, day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
                continue;
            var windowStart = At(day, opens);
            var windowEnd = At(day, closes);
            var from = start > windowStart ? start : windowStart;
            if (from >= windowEnd)
                continue;
            var available = windowEnd - from;
            if (left <= available)
                return (from + left).ToOffset(start.Offset);
            left -= available;
        }
        throw new InvalidOperationException("The calendar has no working time in the next ten years.");
    }

    /// <summary>Working time between two moments (zero when <paramref name="to"/> is not later).</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
            return TimeSpan.Zero;
        if (always)
            return to - from;
        var total = TimeSpan.Zero;
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, zone).DateTime);
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, zone).DateTime);
        for (; day <= last; day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
                continue;
            var start = Max(from, At(day, opens));
            var end = Min(to, At(day, closes));
            if (end > start)
                total += end - start;
        }
        return total;
    }

    public bool IsWorkingDay(DateOnly day) => always || days.Contains(day.DayOfWeek) && !holidays.Contains(day);

    // The local wall-clock time on that date, with the offset the zone has then (daylight saving included).
    private DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
