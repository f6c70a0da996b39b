using System.Text.Json;
using CityCrm.Channels.Meta.Inbound;
using CityCrm.Channels.Meta.Tests.Support;
using CityCrm.Channels.Schema;

namespace CityCrm.Channels.Meta.Tests;

public sealed class WhatsAppMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 16, 0, 0, TimeSpan.Zero);

    private static Activity? Map(string file)
    {
        var payload = Payload.Load(file);
        return WhatsAppMapper.ToActivity(payload.WhatsAppMessage, TestMeta.Resident,
            WhatsAppMapper.ProfileName(payload.WhatsAppValue, TestMeta.ResidentWaId), TestMeta.PhoneNumberId, TestMeta.DisplayPhoneNumber, Now);
    }

    [Fact]
    public void ToActivity_Text_IsAMessageFromTheResidentWithTheirProfileName()
    {
        var activity = Map("wa-text.json")!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("When is bulk trash pickup on Elm Street?", activity.Text);
        Assert.Equal(ChannelIds.WhatsApp, activity.ChannelId);
        Assert.Equal(new ChannelAccount(TestMeta.Resident, "Maria Lopez", "user"), activity.From);
        Assert.Equal(Now, activity.Timestamp);
        Assert.Equal("wamid.HBgLMTU1NTU1NTAxMjMVAgASGBQzQTdGNjM5RkI0QjJGMjNCQTVGNQA=", activity.ChannelData!.Value.GetProperty("wamid").GetString());
    }

    [Theory]
    [InlineData("wa-image.json", "image/jpeg", "1184093942832115", "Pothole in front of 12 Elm St", "whatsapp-image-1184093942832115")]
    [InlineData("wa-document.json", "application/pdf", "902384721938472", "", "permit-application.pdf")]
    [InlineData("wa-audio.json", "audio/ogg; codecs=opus", "771928374650192", "", "whatsapp-audio-771928374650192")]
    public void ToActivity_Media_IsAnAttachmentResolvedThroughTheConsole(string file, string contentType, string mediaId, string caption, string name)
    {
        var activity = Map(file)!;

        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal(contentType, attachment.ContentType);
        Assert.Equal($"/api/agent/attachments/meta/{TestMeta.PhoneNumberId}/{mediaId}", attachment.ContentUrl);
        Assert.Equal(name, attachment.Name);
        Assert.Equal(caption, activity.Text);
    }

    [Fact]
    public void ToActivity_Location_IsTextTheReportDialogTakesAndALocationEntity()
    {
        var activity = Map("wa-location.json")!;

        Assert.Equal("Riverton City Hall, 100 Main St, Riverton (42.36008, -71.05888)", activity.Text);
        var entity = Assert.Single(activity.Entities!);
        Assert.Equal("location", entity.Type);
        Assert.Equal(42.360081, entity.Properties!["latitude"].GetDouble());
        Assert.Equal(-71.058884, entity.Properties["longitude"].GetDouble());
        Assert.Equal("100 Main St, Riverton", entity.Properties["address"].GetString());
    }

    [Theory]
    [InlineData("wa-button-reply.json", "Talk to a person")]
    [InlineData("wa-list-reply.json", "Streetlight out")]
    [InlineData("wa-quick-reply-button.json", "Check a request")]
    public void ToActivity_ChosenButtonOrRow_IsItsTitleAsIfTyped(string file, string text)
    {
        var activity = Map(file)!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(text, activity.Text);
    }

    [Fact]
    public void ToActivity_Contacts_IsTheSharedNameWithPhoneAndEmail()
    {
        Assert.Equal("Ana Ruiz: +1 (555) 555-0142, ana.ruiz@example.org", Map("wa-contacts.json")!.Text);
    }

    [Fact]
    public void ToActivity_Reaction_IsNotStored()
    {
        Assert.Null(Map("wa-reaction.json"));
    }

    [Fact]
    public void ToActivity_Unsupported_IsAnEventTheBotDoesNotAnswer()
    {
        var activity = Map("wa-unsupported.json")!;

        Assert.Equal(ActivityTypes.Event, activity.Type);
        Assert.Equal(MetaEventNames.Unsupported, activity.Name);
        Assert.Equal("[unsupported message]", activity.Text);
    }

    [Fact]
    public void ProfileName_AnotherResident_IsNull()
    {
        Assert.Null(WhatsAppMapper.ProfileName(Payload.Load("wa-text.json").WhatsAppValue, "15555550999"));
    }

    [Fact]
    public void ToActivity_InteractiveFlowReply_IsUnsupportedNotAnEmptyMessage()
    {
        var message = JsonDocument.Parse("""
            {"from":"15555550123","id":"wamid.F","type":"interactive","interactive":{"type":"nfm_reply","nfm_reply":{"response_json":"{}","name":"flow"}}}
            """).RootElement;

        Assert.Equal(MetaEventNames.Unsupported, WhatsAppMapper.ToActivity(message, TestMeta.Resident, null, TestMeta.PhoneNumberId, "x", Now)!.Name);
    }

    [Fact]
    public void ToActivity_TypeMissing_IsUnsupported()
    {
        var message = JsonDocument.Parse("""{"from":"15555550123","id":"wamid.X"}""").RootElement;

        Assert.Equal(MetaEventNames.Unsupported, WhatsAppMapper.ToActivity(message, TestMeta.Resident, null, TestMeta.PhoneNumberId, "x", Now)!.Name);
    }
}
