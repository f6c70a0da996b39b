using CityCrm.Channels.Twilio.Sms;
using CityCrm.Channels.Twilio.Tests.Support;

namespace CityCrm.Channels.Twilio.Tests;

public sealed class TwilioStatusMapperTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 23, 14, 31, 0, TimeSpan.Zero);

    [Fact]
    public void ToReport_Delivered_ReportsStatusWithoutError()
    {
        var report = TwilioStatusMapper.ToReport(Payload.Load("status-delivered.form").ToForm(), Received)!;

        Assert.Equal("sms", report.ChannelId);
        Assert.Equal("SM9f8e7d6c5b4a39281706f5e4d3c2b1a0", report.ProviderMessageId);
        Assert.Equal("delivered", report.Status);
        Assert.Null(report.ErrorCode);
        Assert.Equal(Received, report.At);
    }

    [Fact]
    public void ToReport_UndeliveredWithErrorCode30003_ReportsTheCode()
    {
        var report = TwilioStatusMapper.ToReport(Payload.Load("status-undelivered.form").ToForm(), Received)!;

        Assert.Equal("SM8e7d6c5b4a39281706f5e4d3c2b1a09f", report.ProviderMessageId);
        Assert.Equal("undelivered", report.Status);
        Assert.Equal("30003", report.ErrorCode);
    }

    [Fact]
    public void ToReport_StatusInCapitals_IsLowerCased()
    {
        var form = Payload.Load("status-delivered.form").With("MessageStatus", "Sent").ToForm();

        Assert.Equal("sent", TwilioStatusMapper.ToReport(form, Received)!.Status);
    }

    [Theory]
    [InlineData("MessageSid")]
    [InlineData("MessageStatus")]
    public void ToReport_WithoutSidOrStatus_ReturnsNull(string missing)
    {
        var legacy = missing == "MessageSid" ? "SmsSid" : "SmsStatus";
        var fields = Payload.Load("status-delivered.form").Fields.Where(f => f.Key != missing && f.Key != legacy).ToList();

        Assert.Null(TwilioStatusMapper.ToReport(new Payload(fields).ToForm(), Received));
    }
}
