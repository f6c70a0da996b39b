namespace CityCrm.Conversations.Supervision;

/// <summary>The charts counted from conversations: volume by hour and channel, bot containment, handle and resolution times.</summary>
public static class ConversationCharts
{
    /// <summary>Conversations started per local hour and channel (hours without any are left out).</summary>
    public static ReportTable Volume(IEnumerable<ConversationFact> facts, ReportPeriod period, CityCalendar calendar) =>
        new("volume", ["hour", "channel", "conversations"],
        [
            .. InPeriod(facts, period, calendar)
                .GroupBy(f => (Hour: calendar.HourOf(f.CreatedAt), f.Channel))
                .OrderBy(g => g.Key.Hour, StringComparer.Ordinal).ThenBy(g => g.Key.Channel, StringComparer.Ordinal)
                .Select(g => Row(g.Key.Hour, g.Key.Channel, g.Count())),
        ]);

    /// <summary>Per day: conversations started, those the bot answered without handing off to a person, and their share.</summary>
    public static ReportTable Containment(IEnumerable<ConversationFact> facts, ReportPeriod period, CityCalendar calendar)
    {
        var byDay = InPeriod(facts, period, calendar).ToLookup(f => calendar.DateOf(f.CreatedAt));
        return new("containment", ["day", "conversations", "contained", "rate"],
        [
            .. period.Days().Select(day =>
            {
                var started = byDay[day].Count();
                var contained = byDay[day].Count(f => f.QueuedAt is null);
                return Row(Day(day), started, contained, started == 0 ? null : Math.Round((double)contained / started, 4));
            }),
        ]);
    }

    /// <summary>
    /// Per day of resolution: conversations an agent handled (average seconds from taking to resolving) and all
    /// resolved ones (average seconds from the resident's first message to resolution).
    /// </summary>
    public static ReportTable HandleTime(IEnumerable<ConversationFact> facts, ReportPeriod period, CityCalendar calendar)
    {
        var resolved = facts.Where(f => f.ResolvedAt is { } at && Within(calendar.DateOf(at), period)).ToLookup(f => calendar.DateOf(f.ResolvedAt!.Value));
        return new("handle-time", ["day", "handled", "avg_handle_seconds", "resolved", "avg_resolve_seconds"],
        [
            .. period.Days().Select(day =>
            {
                var handled = resolved[day].Where(f => f.AssignedAt is { } a && a <= f.ResolvedAt).Select(f => (f.ResolvedAt!.Value - f.AssignedAt!.Value).TotalSeconds).ToList();
                var all = resolved[day].Select(f => (f.ResolvedAt!.Value - f.CreatedAt).TotalSeconds).ToList();
                return Row(Day(day), handled.Count, Average(handled), all.Count, Average(all));
            }),
        ]);
    }

    internal static IReadOnlyList<object?> Row(params object?[] values) => values;

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    internal static double? Average(IReadOnlyCollection<double> values) => values.Count == 0 ? null : Math.Round(values.Average(), 1);

    internal static bool Within(DateOnly day, ReportPeriod period) => day >= period.First && day <= period.Last;

    private static IEnumerable<ConversationFact> InPeriod(IEnumerable<ConversationFact> facts, ReportPeriod period, CityCalendar calendar) =>
        facts.Where(f => Within(calendar.DateOf(f.CreatedAt), period));
}
