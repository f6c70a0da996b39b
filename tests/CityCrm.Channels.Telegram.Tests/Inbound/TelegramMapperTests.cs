using System.Text.Json;
using CityCrm.Channels.Schema;
using CityCrm.Channels.Telegram.Inbound;
using CityCrm.Channels.Telegram.Tests.Support;

namespace CityCrm.Channels.Telegram.Tests.Inbound;

public sealed class TelegramMapperTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 23, 16, 0, 0, TimeSpan.Zero);

    private static TelegramInbound? Map(string file) => TelegramMapper.Map(Updates.Load(file), "RivertonCityBot", Received);

    [Fact]
    public void Map_Text_MessageFromThePrivateChatWithNameLanguageAndTime()
    {
        var inbound = Map("text.json")!;

        Assert.Equal(815500001, inbound.UpdateId);
        Assert.Equal("update:815500001", inbound.ExternalId);
        Assert.Equal("5171234567", inbound.ChatId);
        Assert.Equal("Ana López", inbound.DisplayName);
        Assert.Equal("es", inbound.LanguageCode);
        Assert.Null(inbound.CallbackQueryId);
        var activity = inbound.Activity;
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(ChannelIds.Telegram, activity.ChannelId);
        Assert.Equal("When is trash picked up on Elm Street? 🗑️", activity.Text);
        Assert.Equal("5171234567", activity.From!.Id);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1763910000), activity.Timestamp);
        Assert.Equal("41", activity.ChannelData!.Value.GetProperty("message_id").GetString());
    }

    [Fact]
    public void Map_Photo_LargestSizeAsAnImageWithTheCaptionAsText()
    {
        var activity = Map("photo.json")!.Activity;

        var photo = Assert.Single(activity.Attachments!);
        Assert.Equal("image/jpeg", photo.ContentType);
        Assert.Equal("telegram:file/AgACAgEAAxkBAAIBlarge", photo.ContentUrl);
        Assert.Equal("Pothole at 12 Elm Street", activity.Text);
    }

    [Fact]
    public void Map_Document_AttachmentWithItsTypeAndNameAndNoText()
    {
        var activity = Map("document.json")!.Activity;

        var document = Assert.Single(activity.Attachments!);
        Assert.Equal(("application/pdf", "permit-application.pdf", "telegram:file/BQACAgEAAxkBAAIBdoc"), (document.ContentType, document.Name, document.ContentUrl));
        Assert.Equal("", activity.Text);
    }

    [Fact]
    public void Map_Location_EntityAndCoordinatesAsText()
    {
        var activity = Map("location.json")!.Activity;

        var location = Assert.Single(activity.Entities!);
        Assert.Equal(TelegramMapper.LocationEntityType, location.Type);
        Assert.Equal(42.360082, location.Properties!["latitude"].GetDouble());
        Assert.Equal(-71.05888, location.Properties["longitude"].GetDouble());
        Assert.Equal("42.360082, -71.05888", activity.Text);
    }

    [Fact]
    public void Map_ButtonPress_TheButtonsDataAsTheResidentsTextWithTheQueryToAnswer()
    {
        var inbound = Map("callback.json")!;

        Assert.Equal("4382bfdwdsb323b2d9", inbound.CallbackQueryId);
        Assert.Equal("5171234567", inbound.ChatId);
        Assert.Equal("Yes, that helped", inbound.Activity.Text);
        Assert.Equal(Received, inbound.Activity.Timestamp);
    }

    [Fact]
    public void Map_Sticker_MessageWithoutTextSoTheBotAnswersPolitely()
    {
        var activity = Map("sticker.json")!.Activity;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("", activity.Text);
        Assert.Null(activity.Attachments);
    }

    [Theory]
    [InlineData("group.json")]
    [InlineData("edited.json")]
    public void Map_GroupMessageOrEdit_Nothing(string file) => Assert.Null(Map(file));

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"update_id\":\"x\",\"message\":{}}")]
    [InlineData("{\"update_id\":5,\"message\":{\"chat\":{\"id\":1,\"type\":\"private\"}}}")]
    [InlineData("{\"update_id\":5,\"message\":{\"chat\":{\"id\":1,\"type\":\"private\"},\"from\":{\"id\":1,\"is_bot\":true}}}")]
    public void Map_IncompleteOrFromABot_Nothing(string json) =>
        Assert.Null(TelegramMapper.Map(JsonDocument.Parse(json).RootElement, "RivertonCityBot", Received));
}
