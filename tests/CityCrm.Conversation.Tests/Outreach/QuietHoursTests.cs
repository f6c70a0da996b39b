using CityCrm.Conversations.Outreach;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Tests.Outreach;

public sealed class QuietHoursTests
{
    private static QuietHours Quiet(string start = "21:00", string end = "08:00") => new(Options.Create(new OutreachOptions
    {
        TimeZone = "America/New_York", QuietStart = TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
        QuietEnd = TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
    }));

    [Fact]
    public void EndOf_LateEveningInTheCity_EndsAtEightNextMorningCityTime()
    {
        // 23:30 in New York on 7 December (UTC-5) is 04:30 UTC on the 8th.
        var end = Quiet().EndOf(new DateTimeOffset(2026, 12, 8, 4, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 12, 8, 13, 0, 0, TimeSpan.Zero), end);
    }

    [Fact]
    public void EndOf_EarlyMorningInTheCity_EndsAtEightTheSameDay() =>
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 13, 0, 0, TimeSpan.Zero), Quiet().EndOf(new DateTimeOffset(2026, 12, 8, 11, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData(13, 0)]
    [InlineData(17, 30)]
    [InlineData(1, 59)]
    public void EndOf_DaytimeInTheCity_NotQuiet(int utcHour, int minute) =>
        Assert.Null(Quiet().EndOf(new DateTimeOffset(2026, 12, 8, utcHour, minute, 0, TimeSpan.Zero)));

    [Fact]
    public void EndOf_SameStartAndEnd_NeverQuiet() =>
        Assert.Null(Quiet("00:00", "00:00").EndOf(new DateTimeOffset(2026, 12, 8, 5, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void EndOf_DaytimeQuietWindow_EndsTheSameDay() =>
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 19, 0, 0, TimeSpan.Zero), Quiet("12:00", "14:00").EndOf(new DateTimeOffset(2026, 12, 8, 18, 0, 0, TimeSpan.Zero)));
}
