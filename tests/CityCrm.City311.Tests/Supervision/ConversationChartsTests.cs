using CityCrm.Conversations.Supervision;

namespace CityCrm.City311.Tests.Supervision;

public sealed class ConversationChartsTests
{
    private static readonly CityCalendar NewYork = new(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
    private static readonly ReportPeriod TwoDays = new(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3));
    private static readonly DateTimeOffset Morning = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);

    private static readonly ConversationFact BotOnly = new("c1", "webchat", Morning, null, null, null, Morning.AddMinutes(5));
    private static readonly ConversationFact HandedOff = new("c2", "sms", Morning.AddMinutes(20), Morning.AddMinutes(21), Morning.AddMinutes(22),
        Morning.AddMinutes(22).AddSeconds(30), Morning.AddMinutes(32));
    private static readonly ConversationFact NextDay = new("c3", "webchat", Morning.AddDays(1).AddHours(1), null, null, null, null);
    // 01:00 UTC on the 2nd is still the 1st in New York: outside the period.
    private static readonly ConversationFact LateEvening = new("c4", "webchat", new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero), null, null, null, null);

    private static readonly ConversationFact[] Facts = [LateEvening, BotOnly, HandedOff, NextDay];

    [Fact]
    public void Volume_Facts_CountsPerLocalHourAndChannel()
    {
        var table = ConversationCharts.Volume(Facts, TwoDays, NewYork);

        Assert.Equal(
            Rows(["2026-03-02 09:00", "sms", 1], ["2026-03-02 09:00", "webchat", 1], ["2026-03-03 10:00", "webchat", 1]),
            table.Rows.Select(r => r.ToArray()).ToArray());
    }

    [Fact]
    public void Containment_Facts_CountsConversationsNeverHandedOffPerDay()
    {
        var table = ConversationCharts.Containment(Facts, TwoDays, NewYork);

        Assert.Equal(Rows(["2026-03-02", 2, 1, 0.5], ["2026-03-03", 1, 1, 1.0]), table.Rows.Select(r => r.ToArray()).ToArray());
    }

    [Fact]
    public void Containment_DayWithoutConversations_HasNoRate()
    {
        var table = ConversationCharts.Containment([], TwoDays, NewYork);

        Assert.All(table.Rows, r => Assert.Null(r[3]));
    }

    [Fact]
    public void HandleTime_Facts_AveragesTakingToResolvingAndStartToResolving()
    {
        var table = ConversationCharts.HandleTime(Facts, TwoDays, NewYork);

        // c2: taken 14:22, resolved 14:32 (600 s); resolved: c1 in 300 s, c2 in 720 s.
        Assert.Equal(Rows(["2026-03-02", 1, 600.0, 2, 510.0], ["2026-03-03", 0, null, 0, null]), table.Rows.Select(r => r.ToArray()).ToArray());
    }

    [Fact]
    public void ServiceLevel_AnswersInAndOutOfTarget_CountsTheShareInTarget()
    {
        var late = HandedOff with { Id = "c5", FirstAgentReplyAt = HandedOff.QueuedAt!.Value.AddMinutes(5) };
        var unanswered = HandedOff with { Id = "c6", FirstAgentReplyAt = null };

        var level = ServiceLevelDto.From([BotOnly, HandedOff, late, unanswered], 120, Morning);

        Assert.Equal(new ServiceLevelDto(120, 3, 1, 1.0 / 3), level);
    }

    [Fact]
    public void ServiceLevel_QueueWithItsOwnTarget_MeasuresItAgainstThatTarget()
    {
        // Answered 5 minutes after the hand-off: late for the 120 s default, in time for a 10-minute queue.
        var slowQueue = HandedOff with { Id = "c7", Queue = "public-works/en", FirstAgentReplyAt = HandedOff.QueuedAt!.Value.AddMinutes(5) };
        var otherQueue = slowQueue with { Id = "c8", Queue = "general/en" };

        var level = ServiceLevelDto.From([slowQueue, otherQueue], 120, Morning, q => q == "public-works/en" ? 600 : null);

        Assert.Equal(new ServiceLevelDto(120, 2, 1, 0.5), level);
    }

    [Fact]
    public void ServiceLevel_NoHandOffs_HasNoShare() =>
        Assert.Null(ServiceLevelDto.From([BotOnly], 60, Morning).Share);

    [Fact]
    public void StartOf_DayAfterClocksGoForward_IsLocalMidnight()
    {
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 5, 0, 0, TimeSpan.Zero), NewYork.StartOf(new DateOnly(2026, 3, 8)));
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 4, 0, 0, TimeSpan.Zero), NewYork.StartOf(new DateOnly(2026, 3, 9)));
    }

    private static object?[][] Rows(params object?[][] rows) => rows;
}
