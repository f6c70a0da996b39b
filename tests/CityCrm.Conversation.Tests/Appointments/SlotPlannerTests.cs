using CityCrm.Conversations.Appointments;

namespace CityCrm.Conversations.Tests.Appointments;

public sealed class SlotPlannerTests
{
    private static readonly TimeSpan NewYorkWinter = TimeSpan.FromHours(-5);

    private static readonly AppointmentCalendar Inspections = new()
    {
        Id = "fire-inspections",
        TimeZone = "America/New_York",
        SlotMinutes = 90,
        Hours = [new OpeningRule { Day = DayOfWeek.Monday, Open = "09:00", Close = "12:30" }, new OpeningRule { Day = DayOfWeek.Wednesday, Open = "13:00", Close = "14:30" }],
        Blackouts = ["2026-12-16"],
        HorizonDays = 14,
    };

    [Fact]
    public void Slots_WeekWithABlackoutWednesday_OnlyMondaysWholeSlotsInLocalTime()
    {
        var slots = SlotPlanner.Slots(Inspections, new DateOnly(2026, 12, 14), 7).ToList();

        Assert.Equal([new DateTimeOffset(2026, 12, 14, 9, 0, 0, NewYorkWinter), new DateTimeOffset(2026, 12, 14, 10, 30, 0, NewYorkWinter)], slots);
    }

    [Fact]
    public void Slots_SummerTime_StartsAtTheSameLocalHour()
    {
        var slot = SlotPlanner.Slots(Inspections, new DateOnly(2026, 7, 6), 1).First();

        Assert.Equal(new DateTimeOffset(2026, 7, 6, 9, 0, 0, TimeSpan.FromHours(-4)), slot);
    }

    [Theory]
    [InlineData(2026, 12, 14, 9, 0, SlotCheck.Open)]
    [InlineData(2026, 12, 14, 9, 30, SlotCheck.NotASlot)]
    [InlineData(2026, 12, 16, 13, 0, SlotCheck.Blackout)]
    [InlineData(2026, 12, 7, 9, 0, SlotCheck.Past)]
    [InlineData(2027, 1, 4, 9, 0, SlotCheck.BeyondHorizon)]
    public void Check_SlotAgainstTheCalendar_SaysWhetherItCanBeBooked(int year, int month, int day, int hour, int minute, SlotCheck expected)
    {
        var now = new DateTimeOffset(2026, 12, 8, 12, 0, 0, NewYorkWinter);

        Assert.Equal(expected, SlotPlanner.Check(Inspections, new DateTimeOffset(year, month, day, hour, minute, 0, NewYorkWinter), now));
    }
}
