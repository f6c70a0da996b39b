using CityCrm.Channels.Twilio.Security;
using CityCrm.Channels.Twilio.Tests.Support;

namespace CityCrm.Channels.Twilio.Tests;

/// <summary>The service's signature against the one the npm twilio library computes for the same request.</summary>
public sealed class TwilioSignatureTests
{
    private const string Url = TestAccount.PublicBaseUrl + "/twilio/sms";

    [Theory]
    [InlineData("sms.form")]
    [InlineData("mms-two-media.form")]
    [InlineData("emoji.form")]
    [InlineData("non-latin.form")]
    [InlineData("long-body.form")]
    [InlineData("status-undelivered.form")]
    public async Task Compute_CapturedPayload_EqualsNpmTwilioSignature(string file)
    {
        var payload = Payload.Load(file);

        var expected = await NodeTwilio.SignAsync(TestAccount.AuthToken, Url, payload.Fields);

        Assert.Equal(expected, TwilioSignature.Compute(TestAccount.AuthToken, Url, payload.ToForm()));
    }

    [Fact]
    public async Task Compute_UrlWithQueryAndPort_EqualsNpmTwilioSignature()
    {
        var url = "https://311.riverton.example:8443/twilio/voice?lang=es&step=2";
        var payload = Payload.Load("sms.form");

        var expected = await NodeTwilio.SignAsync(TestAccount.AuthToken, url, payload.Fields);

        Assert.Equal(expected, TwilioSignature.Compute(TestAccount.AuthToken, url, payload.ToForm()));
    }

    [Fact]
    public async Task Compute_OurSignature_IsAcceptedByNpmValidateRequest()
    {
        var payload = Payload.Load("emoji.form");

        var signature = TwilioSignature.Compute(TestAccount.AuthToken, Url, payload.ToForm());

        Assert.True(await NodeTwilio.ValidateAsync(TestAccount.AuthToken, signature, Url, payload.Fields));
    }

    [Fact]
    public void IsValid_TamperedParameter_ReturnsFalse()
    {
        var payload = Payload.Load("sms.form");
        var signature = TwilioSignature.Compute(TestAccount.AuthToken, Url, payload.ToForm());

        Assert.True(TwilioSignature.IsValid(signature, TestAccount.AuthToken, Url, payload.ToForm()));
        Assert.False(TwilioSignature.IsValid(signature, TestAccount.AuthToken, Url, payload.With("Body", "tampered").ToForm()));
        Assert.False(TwilioSignature.IsValid(signature, TestAccount.AuthToken, Url + "?x=1", payload.ToForm()));
        Assert.False(TwilioSignature.IsValid(signature, TestAccount.OtherAuthToken, Url, payload.ToForm()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-base64")]
    public void IsValid_MissingOrMalformedSignature_ReturnsFalse(string? signature)
    {
        Assert.False(TwilioSignature.IsValid(signature, TestAccount.AuthToken, Url, Payload.Load("sms.form").ToForm()));
    }

    [Fact]
    public async Task Compute_RepeatedParameter_EqualsNpmTwilioSignature()
    {
        var payload = new Payload([new("To", TestAccount.Resident), new("MediaUrl", "https://b.example/2"), new("MediaUrl", "https://a.example/1"), new("MediaUrl", "https://b.example/2")]);

        var expected = await NodeTwilio.SignAsync(TestAccount.AuthToken, Url, payload.Fields);

        Assert.Equal(expected, TwilioSignature.Compute(TestAccount.AuthToken, Url, payload.ToForm()));
    }
}
