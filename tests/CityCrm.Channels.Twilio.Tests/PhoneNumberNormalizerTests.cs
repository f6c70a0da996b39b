using CityCrm.Channels.Twilio.Phone;

namespace CityCrm.Channels.Twilio.Tests;

public sealed class PhoneNumberNormalizerTests
{
    [Theory]
    [InlineData("+15555550123", "US", "+15555550123")]
    [InlineData("(555) 555-0123", "US", "+15555550123")]
    [InlineData("555.555.0123", "US", "+15555550123")]
    [InlineData("1-555-555-0123", "US", "+15555550123")]
    [InlineData("+1 555 555 0123", "US", "+15555550123")]
    [InlineData(" +44 20 7946 0958 ", "US", "+442079460958")]
    [InlineData("020 7946 0958", "GB", "+442079460958")]
    [InlineData("0030 210 1234567", "DE", "+302101234567")]
    [InlineData("1-800-FLOWERS", "US", "+18003569377")]
    public void Normalize_AnySpellingOfANumber_ReturnsE164(string raw, string region, string expected)
    {
        Assert.Equal(expected, PhoneNumberNormalizer.Normalize(raw, region));
    }

    [Theory]
    [InlineData("311")]
    [InlineData("87654")]
    [InlineData("898211")]
    [InlineData("RIVERTON")]
    [InlineData("City 311")]
    public void Normalize_ShortCodeOrSenderId_KeepsItAsGiven(string raw)
    {
        Assert.Equal(raw, PhoneNumberNormalizer.Normalize(raw, "US"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("+1 23")]
    [InlineData("555-0123")]
    [InlineData("+999 1234567")]
    [InlineData("not a number at all!")]
    [InlineData("+1555555012345678901")]
    public void Normalize_NeitherNumberNorSender_ReturnsNull(string? raw)
    {
        Assert.Null(PhoneNumberNormalizer.Normalize(raw, "US"));
    }

    [Fact]
    public void Normalize_NationalNumberWithoutRegion_ReturnsNull()
    {
        Assert.Null(PhoneNumberNormalizer.Normalize("(555) 555-0123", ""));
    }

    [Theory]
    [InlineData("+15555550123", true)]
    [InlineData("15555550123", false)]
    [InlineData("311", false)]
    [InlineData(null, false)]
    public void IsE164_Address_TellsNumbersFromOtherAddresses(string? address, bool expected)
    {
        Assert.Equal(expected, PhoneNumberNormalizer.IsE164(address));
    }
}
