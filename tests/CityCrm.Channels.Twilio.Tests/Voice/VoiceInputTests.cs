using CityCrm.Channels.Twilio.Voice;

namespace CityCrm.Channels.Twilio.Tests.Voice;

public class VoiceInputTests
{
    [Theory]
    [InlineData("0", "operator")]
    [InlineData("1", "text me")]
    [InlineData("0#", "operator")]
    [InlineData("100042", "status of R-100042")]
    public void FromDigits_KnownKeys_StandForWords(string digits, string text)
    {
        var input = VoiceInput.FromDigits(digits);

        Assert.Equal(text, input.Text);
        Assert.False(input.Unknown);
    }

    [Theory]
    [InlineData("en", "es")]
    [InlineData("es", "en")]
    public void FromDigits_Two_SwitchesToTheOtherLanguage(string current, string other)
    {
        var input = VoiceInput.FromDigits("2", current);

        Assert.Equal(other, input.SwitchLanguage);
        Assert.Null(input.Text);
    }

    [Theory]
    [InlineData("9")]
    [InlineData("12")]
    [InlineData("1234567")]
    public void FromDigits_KeysTheLineDoesNotUse_AreUnknown(string digits)
    {
        Assert.True(VoiceInput.FromDigits(digits).Unknown);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void FromDigits_NoKeys_MeansSpeechDecides(string? digits)
    {
        var input = VoiceInput.FromDigits(digits);

        Assert.Null(input.Text);
        Assert.Null(input.SwitchLanguage);
        Assert.False(input.Unknown);
    }
}
