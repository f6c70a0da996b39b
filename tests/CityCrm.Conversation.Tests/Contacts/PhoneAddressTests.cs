using CityCrm.Conversations.Contacts;

namespace CityCrm.Conversations.Tests.Contacts;

public sealed class PhoneAddressTests
{
    [Theory]
    [InlineData("+15551234567")]
    [InlineData("+447700900123")]
    [InlineData("+4930123")]
    [InlineData("+123456789012345")]
    public void IsE164_InternationalNumber_IsTrue(string address) => Assert.True(PhoneAddress.IsE164(address));

    [Theory]
    [InlineData("5551234567")]
    [InlineData("+05551234567")]
    [InlineData("+1555")]
    [InlineData("+1234567890123456")]
    [InlineData("+1 555 123 4567")]
    [InlineData("+15551234567\n")]
    [InlineData("+١٥٥٥١٢٣٤٥٦٧")]
    [InlineData("dl_7f3a9c")]
    [InlineData("ana@riverton.example")]
    [InlineData("")]
    [InlineData(null)]
    public void IsE164_AnythingElse_IsFalse(string? address) => Assert.False(PhoneAddress.IsE164(address));
}
