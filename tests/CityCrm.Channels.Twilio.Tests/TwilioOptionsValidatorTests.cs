namespace CityCrm.Channels.Twilio.Tests;

public sealed class TwilioOptionsValidatorTests
{
    private static TwilioOptions Valid() => new()
    {
        PublicBaseUrl = "https://311.riverton.example",
        Numbers = [new TwilioNumber { PhoneNumber = "(555) 555-0311", AccountSid = "AC00000000000000000000000000000311", AuthToken = "token", SmsInboxId = "sms" }],
    };

    private static string Failures(TwilioOptions options) =>
        new TwilioOptionsValidator().Validate(null, options) is { Failed: true } result ? result.FailureMessage : "";

    [Fact]
    public void Validate_DemoShapedConfiguration_Succeeds()
    {
        Assert.True(new TwilioOptionsValidator().Validate(null, Valid()).Succeeded);
    }

    [Fact]
    public void Validate_NoNumbersAndNoPublicUrl_Succeeds()
    {
        Assert.True(new TwilioOptionsValidator().Validate(null, new TwilioOptions()).Succeeded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/twilio")]
    [InlineData("ftp://311.riverton.example")]
    public void Validate_NumbersWithoutAbsolutePublicUrl_Fails(string publicBaseUrl)
    {
        var options = Valid();
        options.PublicBaseUrl = publicBaseUrl;

        Assert.Contains("PublicBaseUrl", Failures(options));
    }

    [Theory]
    [InlineData("PhoneNumber", "call us")]
    [InlineData("AccountSid", "AC123")]
    [InlineData("AuthToken", " ")]
    public void Validate_BadNumberField_NamesTheField(string field, string value)
    {
        var options = Valid();
        typeof(TwilioNumber).GetProperty(field)!.SetValue(options.Numbers[0], value);

        Assert.Contains($"Twilio:Numbers:0:{field}", Failures(options));
    }

    [Fact]
    public void Validate_NumberServingNoInbox_Fails()
    {
        var options = Valid();
        options.Numbers[0].SmsInboxId = null;

        Assert.Contains("serves no inbox", Failures(options));
    }

    [Fact]
    public void Validate_SameNumberTwiceInDifferentSpellings_Fails()
    {
        var options = Valid();
        options.Numbers.Add(new TwilioNumber { PhoneNumber = "+15555550311", AccountSid = "AC00000000000000000000000000000311", AuthToken = "token", VoiceInboxId = "phone" });

        Assert.Contains("+15555550311 more than once", Failures(options));
    }
}
