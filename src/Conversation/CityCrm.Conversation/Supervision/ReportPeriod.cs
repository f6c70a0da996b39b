namespace CityCrm.Conversations.Supervision;

/// <summary>A report's period: whole local days, <paramref name="First"/> to <paramref name="Last"/> inclusive.</summary>
public sealed record ReportPeriod(DateOnly First, DateOnly Last)
{
    /// <summary>The period's days, in order.</summary>
    public IEnumerable<DateOnly> Days()
    {
        for (var day = First; day <= Last; day = day.AddDays(1))
            yield return day;
    }

    /// <summary>The instants the period covers in the city, half-open.</summary>
    public (DateTimeOffset From, DateTimeOffset To) Instants(CityCalendar calendar) =>
        (calendar.StartOf(First), calendar.StartOf(Last.AddDays(1)));
}
