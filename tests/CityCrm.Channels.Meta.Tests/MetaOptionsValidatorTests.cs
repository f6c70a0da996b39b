using CityCrm.Conversations;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Meta.Tests;

public sealed class MetaOptionsValidatorTests
{
    private static MetaOptions Valid() => new()
    {
        AppSecret = "secret",
        VerifyToken = "token",
        WhatsApp = [new WhatsAppNumber { PhoneNumberId = "106540352242922", AccessToken = "EAA1", InboxId = "whatsapp" }],
        Messenger = [new MessengerPage { PageId = "104358202577071", AccessToken = "EAA2", InboxId = "messenger" }],
        Templates = [new MetaTemplate { Type = "reply", Name = "riverton_311_reply", Language = "en_US", Parameters = ["text"] }],
    };

    private static ValidateOptionsResult Validate(MetaOptions options) => new MetaOptionsValidator().Validate(null, options);

    private static ValidateOptionsResult ValidateInboxes(MetaOptions options) =>
        new MetaInboxesValidator(Options.Create(new ConversationOptions
        {
            Inboxes = [new Inbox("whatsapp", "whatsapp", "WhatsApp"), new Inbox("messenger", "messenger", "Messenger"), new Inbox("sms", "sms", "Texts")],
        })).Validate(null, options);

    [Fact]
    public void Validate_CompleteConfiguration_Succeeds()
    {
        Assert.True(Validate(Valid()).Succeeded);
        Assert.True(ValidateInboxes(Valid()).Succeeded);
    }

    [Fact]
    public void Validate_NothingConfigured_NeedsNoSecrets()
    {
        Assert.True(Validate(new MetaOptions()).Succeeded);
    }

    [Theory]
    [InlineData("GraphVersion", "21.0", "Meta:GraphVersion")]
    [InlineData("GraphBaseUrl", "graph.facebook.com", "Meta:GraphBaseUrl")]
    [InlineData("AppSecret", "", "Meta:AppSecret")]
    [InlineData("VerifyToken", " ", "Meta:VerifyToken")]
    public void Validate_BadSetting_NamesIt(string property, string value, string key)
    {
        var options = Valid();
        typeof(MetaOptions).GetProperty(property)!.SetValue(options, value);

        Assert.Contains(key, Validate(options).FailureMessage);
    }

    [Fact]
    public void Validate_NumberAndPageIdsNotNumeric_NamesBoth()
    {
        var options = Valid();
        options.WhatsApp[0].PhoneNumberId = "+15555550100";
        options.Messenger[0].PageId = "riverton311";

        var message = Validate(options).FailureMessage;

        Assert.Contains("Meta:WhatsApp:0:PhoneNumberId", message);
        Assert.Contains("Meta:Messenger:0:PageId", message);
    }

    [Fact]
    public void Validate_TemplateOfUnknownTypeOrParameter_NamesThem()
    {
        var options = Valid();
        options.Templates.Add(new MetaTemplate { Type = "survey", Name = "riverton_survey", Parameters = ["name"] });

        var message = Validate(options).FailureMessage;

        Assert.Contains("Meta:Templates:1:Type", message);
        Assert.Contains("Meta:Templates:1:Parameters names 'name'", message);
    }

    [Fact]
    public void Validate_SameNumberTwice_Fails()
    {
        var options = Valid();
        options.WhatsApp.Add(new WhatsAppNumber { PhoneNumberId = "106540352242922", AccessToken = "EAA3", InboxId = "whatsapp" });

        Assert.Contains("more than once", Validate(options).FailureMessage);
    }

    [Fact]
    public void ValidateInboxes_UnknownInbox_NamesIt()
    {
        var options = Valid();
        options.WhatsApp[0].InboxId = "wa";

        Assert.Contains("'wa', which is not under Conversations:Inboxes", ValidateInboxes(options).FailureMessage);
    }

    [Fact]
    public void ValidateInboxes_InboxOfAnotherChannel_NamesTheChannel()
    {
        var options = Valid();
        options.Messenger[0].InboxId = "sms";

        Assert.Contains("must be a 'messenger' inbox", ValidateInboxes(options).FailureMessage);
    }
}
