using CityCrm.Conversations.Routing;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Tests.Routing;

public class OpeningHoursTests
{
    private static OpeningHours Riverton(params DateOnly[] closed) => new(Options.Create(new OpeningHoursOptions
    {
        TimeZone = "America/New_York",
        Weekly = new() { [DayOfWeek.Monday] = "08:00-12:00, 13:00-18:00", [DayOfWeek.Saturday] = "09:00-13:00", [DayOfWeek.Sunday] = "00:00-24:00" },
        Closed = [.. closed],
        Description = "weekdays",
    }));

    [Theory]
    [InlineData("2026-11-23T13:30:00Z", true)]   // Monday 08:30 in New York (EST, UTC-5)
    [InlineData("2026-11-23T12:30:00Z", false)]  // Monday 07:30
    [InlineData("2026-11-23T17:30:00Z", false)]  // Monday 12:30, the lunch break
    [InlineData("2026-11-23T18:00:00Z", true)]   // Monday 13:00, back from lunch
    [InlineData("2026-11-23T23:00:00Z", false)]  // Monday 18:00, closing time
    [InlineData("2026-11-24T15:00:00Z", false)]  // Tuesday: not in the calendar
    [InlineData("2026-11-28T14:30:00Z", true)]   // Saturday 09:30
    public void IsOpen_InstantsAroundTheCalendar_FollowLocalTime(string instant, bool open)
    {
        var hours = Riverton();

        Assert.Equal(open, hours.IsOpen(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void IsOpen_SummerTime_MovesWithTheCity()
    {
        var hours = Riverton();

        // Monday 2026-07-06 08:30 in New York is 12:30Z in summer (EDT, UTC-4), 13:30Z in winter.
        Assert.True(hours.IsOpen(new DateTimeOffset(2026, 7, 6, 12, 30, 0, TimeSpan.Zero)));
        Assert.False(hours.IsOpen(new DateTimeOffset(2026, 7, 6, 11, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void IsOpen_ClosedDay_IsClosedAllDay()
    {
        var hours = Riverton(new DateOnly(2026, 11, 23));

        Assert.False(hours.IsOpen(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero)));
        Assert.True(Riverton().IsOpen(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void IsOpen_MidnightClose_CoversTheWholeDay()
    {
        var hours = Riverton();

        // Sunday 2026-11-29 23:59 in New York.
        Assert.True(hours.IsOpen(new DateTimeOffset(2026, 11, 30, 4, 59, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("8-18")]
    [InlineData("18:00-08:00")]
    [InlineData("08:00")]
    public void Constructor_MalformedRange_FailsAtStartWithTheDay(string range)
    {
        var error = Assert.Throws<OptionsValidationException>(() => new OpeningHours(Options.Create(new OpeningHoursOptions
        {
            Weekly = new() { [DayOfWeek.Friday] = range },
        })));

        Assert.Contains("Friday", error.Message);
    }
}
