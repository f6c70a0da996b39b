using CityCrm.Conversations;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Twilio.Tests;

public sealed class TwilioInboxesValidatorTests
{
    private static readonly ConversationOptions Conversations = new()
    {
        Inboxes = [new Inbox("web", "webchat", "Web"), new Inbox("sms", "sms", "Texts"), new Inbox("phone", "voice", "Calls")],
    };

    private static ValidateOptionsResult Validate(string? smsInbox, string? voiceInbox) =>
        new TwilioInboxesValidator(Options.Create(Conversations)).Validate(null, new TwilioOptions
        {
            Numbers = [new TwilioNumber { PhoneNumber = "+15555550311", SmsInboxId = smsInbox, VoiceInboxId = voiceInbox }],
        });

    [Fact]
    public void Validate_InboxesOfTheirChannels_Succeeds()
    {
        Assert.True(Validate("sms", "phone").Succeeded);
        Assert.True(Validate("sms", null).Succeeded);
    }

    [Fact]
    public void Validate_InboxNotConfigured_Fails()
    {
        Assert.Contains("'texts', which is not under Conversations:Inboxes", Validate("texts", null).FailureMessage);
    }

    [Fact]
    public void Validate_InboxOfAnotherChannel_Fails()
    {
        Assert.Contains("Twilio:Numbers:0:SmsInboxId names inbox 'web' of channel 'webchat'", Validate("web", "phone").FailureMessage);
        Assert.Contains("it must be a 'voice' inbox", Validate("sms", "sms").FailureMessage);
    }
}
