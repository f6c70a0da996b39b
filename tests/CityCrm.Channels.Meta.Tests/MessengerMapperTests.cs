using CityCrm.Channels.Meta.Inbound;
using CityCrm.Channels.Meta.Tests.Support;
using CityCrm.Channels.Schema;

namespace CityCrm.Channels.Meta.Tests;

public sealed class MessengerMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 16, 0, 0, TimeSpan.Zero);

    private static Activity? Map(string file) =>
        MessengerMapper.ToActivity(Payload.Load(file).Messaging, TestMeta.ResidentPsid, TestMeta.PageId, Now);

    [Fact]
    public void ToActivity_Text_IsAMessageFromThePageScopedId()
    {
        var activity = Map("ms-text.json")!;

        Assert.Equal("My streetlight has been out for a week", activity.Text);
        Assert.Equal(ChannelIds.Messenger, activity.ChannelId);
        Assert.Equal(TestMeta.ResidentPsid, activity.From!.Id);
        Assert.Equal("m_8tBq3Xc1m2Z0T5kVg9rQe1yJ7pW4sLhN6aDfU2oKjRxE0vCbGiHnMyS3wPzA5qTlOuY", MessengerMapper.ExternalId(Payload.Load("ms-text.json").Messaging));
    }

    [Fact]
    public void ToActivity_QuickReply_IsTheChosenTitleWithThePayloadKept()
    {
        var activity = Map("ms-quick-reply.json")!;

        Assert.Equal("Talk to a person", activity.Text);
        Assert.Equal("Talk to a person", activity.ChannelData!.Value.GetProperty("payload").GetString());
    }

    [Fact]
    public void ToActivity_Postback_IsTheButtonTitleWithItsMid()
    {
        var payload = Payload.Load("ms-postback.json");

        Assert.Equal("Report a problem", Map("ms-postback.json")!.Text);
        Assert.StartsWith("m_Pb6", MessengerMapper.ExternalId(payload.Messaging));
    }

    [Theory]
    [InlineData("ms-image.json", "image/*", "https://scontent.xx.fbcdn.net/")]
    [InlineData("ms-file.json", "application/octet-stream", "https://cdn.fbsbx.com/")]
    public void ToActivity_Attachment_KeepsMetasUrl(string file, string contentType, string urlStart)
    {
        var attachment = Assert.Single(Map(file)!.Attachments!);

        Assert.Equal(contentType, attachment.ContentType);
        Assert.StartsWith(urlStart, attachment.ContentUrl);
    }

    [Fact]
    public void ToActivity_Location_IsTextAndALocationEntity()
    {
        var activity = Map("ms-location.json")!;

        Assert.Equal("Riverton Central Park (41.88025, -87.62365)", activity.Text);
        Assert.Equal("location", Assert.Single(activity.Entities!).Type);
        Assert.Null(activity.Attachments);
    }

    [Theory]
    [InlineData("ms-echo.json")]
    [InlineData("ms-delivery.json")]
    [InlineData("ms-read.json")]
    public void ToActivity_EchoOrReceipt_IsNotAResidentMessage(string file)
    {
        Assert.Null(Map(file));
    }

    [Fact]
    public void ToReceipt_Delivery_NamesItsMidsAndWatermark()
    {
        var receipt = MessengerMapper.ToReceipt(Payload.Load("ms-delivery.json").Messaging)!;

        Assert.Equal("delivered", receipt.Status);
        Assert.Equal(["m_Dl1vR2eD3mI4dS5aB6cD7eF8gH9iJ0kL1mN2oP3qR4sT5uV6wX7yZ8aB9cD0eFgHi"], receipt.MessageIds);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1763900500000), receipt.Watermark);
    }

    [Fact]
    public void ToReceipt_Read_HasOnlyTheWatermark()
    {
        var receipt = MessengerMapper.ToReceipt(Payload.Load("ms-read.json").Messaging)!;

        Assert.Equal("read", receipt.Status);
        Assert.Empty(receipt.MessageIds);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1763900500000), receipt.Watermark);
    }

    [Fact]
    public void ToReceipt_Message_IsNull()
    {
        Assert.Null(MessengerMapper.ToReceipt(Payload.Load("ms-text.json").Messaging));
    }
}
