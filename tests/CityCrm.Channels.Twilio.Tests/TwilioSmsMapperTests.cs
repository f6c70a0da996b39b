using CityCrm.Channels.Schema;
using CityCrm.Channels.Twilio.Sms;
using CityCrm.Channels.Twilio.Tests.Support;

namespace CityCrm.Channels.Twilio.Tests;

public sealed class TwilioSmsMapperTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 23, 14, 30, 0, TimeSpan.Zero);

    private static Activity Map(string file, string? eventName = null) =>
        TwilioSmsMapper.ToActivity(Payload.Load(file).ToForm(), TestAccount.Resident, TestAccount.Number, Received, eventName);

    [Fact]
    public void ToActivity_Sms_IsAMessageFromTheResidentToOurNumber()
    {
        var activity = Map("sms.form");

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("sms", activity.ChannelId);
        Assert.Equal("There is a pothole on Elm Street near the library", activity.Text);
        Assert.Equal(TestAccount.Resident, activity.From!.Id);
        Assert.Equal("user", activity.From.Role);
        Assert.Equal(TestAccount.Number, activity.Recipient!.Id);
        Assert.Equal(Received, activity.Timestamp);
        Assert.Null(activity.Attachments);
        Assert.Null(activity.Name);
    }

    [Fact]
    public void ToActivity_Sms_KeepsMessageSidAndAccountSidInChannelData()
    {
        var channelData = Map("sms.form").ChannelData!.Value;

        Assert.Equal("SM1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d", channelData.GetProperty("MessageSid").GetString());
        Assert.Equal(TestAccount.AccountSid, channelData.GetProperty("AccountSid").GetString());
        Assert.Equal("1", channelData.GetProperty("NumSegments").GetString());
    }

    [Fact]
    public void ToActivity_MmsWithTwoMediaAndNoBody_HasEmptyTextAndBothAttachmentsInOrder()
    {
        var activity = Map("mms-two-media.form");

        Assert.Equal("", activity.Text);
        Assert.Collection(activity.Attachments!,
            a =>
            {
                Assert.Equal("image/jpeg", a.ContentType);
                Assert.EndsWith("/Media/ME11111111111111111111111111111111", a.ContentUrl);
            },
            a =>
            {
                Assert.Equal("video/mp4", a.ContentType);
                Assert.EndsWith("/Media/ME22222222222222222222222222222222", a.ContentUrl);
            });
    }

    [Theory]
    [InlineData("emoji.form", "Streetlight out on Oak Ave 💡🚫 thanks! 🙏🏽")]
    [InlineData("non-latin.form", "Где забрать мусор? 垃圾什么时候收？ متى يتم جمع القمامة؟")]
    public void ToActivity_UnicodeBody_KeepsEveryCharacter(string file, string expected)
    {
        Assert.Equal(expected, Map(file).Text);
    }

    [Fact]
    public void ToActivity_1600CharacterBody_KeepsItWhole()
    {
        var text = Map("long-body.form").Text!;

        Assert.Equal(1600, text.Length);
        Assert.StartsWith("My neighbour's tree fell", text);
    }

    [Fact]
    public void ToActivity_ComplianceKeyword_IsAnEventWithTheTextSent()
    {
        var form = Payload.Load("sms.form").With("Body", "Stop").ToForm();

        var activity = TwilioSmsMapper.ToActivity(form, TestAccount.Resident, TestAccount.Number, Received, SmsEventNames.OptOut);

        Assert.Equal(ActivityTypes.Event, activity.Type);
        Assert.Equal("sms.optout", activity.Name);
        Assert.Equal("Stop", activity.Text);
    }

    [Fact]
    public void Media_NumMediaBeyondWhatIsPostedOrNotHttp_KeepsOnlyRealLinks()
    {
        var form = Payload.Load("mms-two-media.form").With("NumMedia", "3").With("MediaUrl1", "javascript:alert(1)").ToForm();

        var media = TwilioSmsMapper.Media(form);

        Assert.Single(media);
        Assert.Equal("image/jpeg", media[0].ContentType);
    }

    [Fact]
    public void MessageSid_OlderWebhookWithSmsSidOnly_ReturnsIt()
    {
        var fields = Payload.Load("sms.form").Fields.Where(f => f.Key is not ("MessageSid" or "SmsMessageSid")).ToList();

        Assert.Equal("SM1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d", TwilioSmsMapper.MessageSid(new Payload(fields).ToForm()));
    }
}
