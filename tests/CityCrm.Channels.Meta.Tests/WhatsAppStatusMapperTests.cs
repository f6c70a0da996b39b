using System.Text.Json;
using CityCrm.Channels.Meta.Inbound;
using CityCrm.Channels.Meta.Tests.Support;

namespace CityCrm.Channels.Meta.Tests;

public sealed class WhatsAppStatusMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 16, 0, 0, TimeSpan.Zero);

    private static JsonElement Status(string file) => Payload.Load(file).WhatsAppValue.GetProperty("statuses")[0];

    [Fact]
    public void ToReport_Delivered_NamesTheWamidWithoutError()
    {
        var report = WhatsAppStatusMapper.ToReport(Status("wa-status-delivered.json"), Now)!;

        Assert.Equal(ChannelIds.WhatsApp, report.ChannelId);
        Assert.Equal("wamid.HBgLMTU1NTU1NTAxMjMVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA", report.ProviderMessageId);
        Assert.Equal("delivered", report.Status);
        Assert.Null(report.ErrorCode);
        Assert.Equal(Now, report.At);
    }

    [Fact]
    public void ToReport_Failed_CarriesCodeAndTitle()
    {
        var report = WhatsAppStatusMapper.ToReport(Status("wa-status-failed.json"), Now)!;

        Assert.Equal("failed", report.Status);
        Assert.Equal("131026: Message undeliverable", report.ErrorCode);
    }

    [Theory]
    [InlineData("""{"status":"read"}""")]
    [InlineData("""{"id":"wamid.X"}""")]
    [InlineData("""{"id":"","status":"sent"}""")]
    public void ToReport_WithoutIdOrStatus_IsNull(string json)
    {
        Assert.Null(WhatsAppStatusMapper.ToReport(JsonDocument.Parse(json).RootElement, Now));
    }
}
