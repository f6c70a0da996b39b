using CityCrm.CaseCore.Sla;

namespace CityCrm.CaseCore.Tests.Workflow;

public sealed class WorkingCalendarTests
{
    // Monday 2 March 2026 in New York (UTC-5 until daylight saving starts on 8 March).
    private static readonly TimeSpan Est = TimeSpan.FromHours(-5);
    private static readonly TimeSpan Edt = TimeSpan.FromHours(-4);

    private static WorkingCalendar Riverton(params DateOnly[] holidays) => new(new WorkingCalendarOptions
    {
        TimeZone = "America/New_York",
        Opens = new TimeOnly(8, 0),
        Closes = new TimeOnly(17, 0),
        Holidays = [.. holidays],
    });

    [Fact]
    public void Add_WithinTheDay_EndsTheSameDay() =>
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 13, 0, 0, Est), Riverton().Add(new DateTimeOffset(2026, 3, 2, 9, 0, 0, Est), TimeSpan.FromHours(4)));

    [Fact]
    public void Add_FridayAfternoon_SkipsTheWeekend() =>
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 15, 0, 0, Est),
            Riverton().Add(new DateTimeOffset(2026, 2, 27, 16, 0, 0, Est), TimeSpan.FromHours(8)));

    [Fact]
    public void Add_MondayHoliday_SkipsToTuesday() =>
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 15, 0, 0, Est),
            Riverton(new DateOnly(2026, 3, 2)).Add(new DateTimeOffset(2026, 2, 27, 16, 0, 0, Est), TimeSpan.FromHours(8)));

    [Fact]
    public void Add_ReportedAfterHours_StartsCountingNextMorning() =>
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 10, 0, 0, Est),
            Riverton().Add(new DateTimeOffset(2026, 3, 2, 22, 45, 0, Est), TimeSpan.FromHours(2)));

    [Fact]
    public void Add_ReportedBeforeOpening_StartsAtOpening() =>
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 30, 0, Est),
            Riverton().Add(new DateTimeOffset(2026, 3, 2, 6, 0, 0, Est), TimeSpan.FromMinutes(90)));

    [Fact]
    public void Add_AcrossDaylightSavingChange_KeepsLocalOpeningHours() =>
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 10, 0, 0, Edt),
            Riverton().Add(new DateTimeOffset(2026, 3, 6, 16, 0, 0, Est), TimeSpan.FromHours(3)));

    [Fact]
    public void Add_AlwaysOpen_CountsNightsAndWeekends() =>
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 2, 0, 0, Est),
            WorkingCalendar.AlwaysOpen.Add(new DateTimeOffset(2026, 2, 28, 22, 0, 0, Est), TimeSpan.FromHours(4)));

    [Fact]
    public void Between_OverAWeekend_CountsOnlyWorkingHours() =>
        Assert.Equal(TimeSpan.FromHours(3),
            Riverton().Between(new DateTimeOffset(2026, 2, 27, 16, 0, 0, Est), new DateTimeOffset(2026, 3, 2, 10, 0, 0, Est)));

    [Fact]
    public void Constructor_ClosesBeforeOpening_Throws() =>
        Assert.Throws<ArgumentException>(() => new WorkingCalendar(new WorkingCalendarOptions { Opens = new TimeOnly(17, 0), Closes = new TimeOnly(8, 0) }));

    [Fact]
    public void DueAt_ServiceTargetInBusinessHours_CountsInTheCalendar()
    {
        var service = new ServiceDefinition("pothole", "Pothole", "Public Works", "Holes", []) { TargetResolution = TimeSpan.FromHours(9), Calendar = SlaPolicy.BusinessHours };
        var sla = new SlaPolicy(Riverton());

        Assert.Equal(new DateTimeOffset(2026, 3, 3, 16, 0, 0, Est), sla.DueAt(service, new DateTimeOffset(2026, 3, 2, 16, 0, 0, Est)));
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 13, 45, 0, Est), sla.PointAt(service, new DateTimeOffset(2026, 3, 2, 16, 0, 0, Est), 0.75));
    }

    [Fact]
    public void DueAt_NoTargetAnywhere_IsNull() =>
        Assert.Null(new SlaPolicy(Riverton()).DueAt(new ServiceDefinition("noise", "Noise", "Police", "Noise", []), DateTimeOffset.UnixEpoch));

    [Fact]
    public void DueAt_TargetFromWorkflowFile_UsedWhenCatalogueHasNone()
    {
        var sla = new SlaPolicy(Riverton(), new Dictionary<string, ServiceTarget> { ["noise"] = new() { Hours = 2, Calendar = SlaPolicy.TwentyFourSeven } });

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 1, 0, 0, Est),
            sla.DueAt(new ServiceDefinition("noise", "Noise", "Police", "Noise", []), new DateTimeOffset(2026, 2, 28, 23, 0, 0, Est)));
    }
}
