using CityCrm.Conversations.Surveys;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Tests.Surveys;

public sealed class QuietHoursTests
{
    // 21:00 to 08:00 in New York; in March 2026 New York is UTC-4 after the 8th.
    private static readonly QuietHours Quiet = new(Options.Create(new SurveyOptions()));

    [Fact]
    public void NextAllowed_SmsLateEvening_HeldUntilEightNextMorning()
    {
        var tenPm = new DateTimeOffset(2026, 3, 10, 22, 0, 0, TimeSpan.FromHours(-4));

        Assert.Equal(new DateTimeOffset(2026, 3, 11, 8, 0, 0, TimeSpan.FromHours(-4)), Quiet.NextAllowed(tenPm, "sms"));
    }

    [Fact]
    public void NextAllowed_WhatsAppAfterMidnight_HeldUntilEightThatMorning()
    {
        var threeAm = new DateTimeOffset(2026, 3, 10, 3, 0, 0, TimeSpan.FromHours(-4));

        Assert.Equal(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.FromHours(-4)), Quiet.NextAllowed(threeAm, "whatsapp"));
    }

    [Fact]
    public void NextAllowed_SmsAfternoon_SentAtOnce()
    {
        var afternoon = new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.FromHours(-4));

        Assert.Equal(afternoon, Quiet.NextAllowed(afternoon, "sms"));
    }

    [Fact]
    public void NextAllowed_WebChatAtNight_SentAtOnce()
    {
        var night = new DateTimeOffset(2026, 3, 10, 23, 30, 0, TimeSpan.FromHours(-4));

        Assert.Equal(night, Quiet.NextAllowed(night, "webchat"));
    }
}
