using CityCrm.Conversations.Contacts;

namespace CityCrm.Conversations.Tests.Contacts;

public sealed class KnownAddressTests
{
    [Theory]
    [InlineData("+1 555-555-0142", "+15555550142")]
    [InlineData("(555) 555-0142", "+15555550142")]
    [InlineData("555.555.0142", "+15555550142")]
    [InlineData("My number is 555 555 0142", "+15555550142")]
    [InlineData("mi número es +52 55 1234 5678", "+525512345678")]
    [InlineData("Ana.Lopez@Example.org", "ana.lopez@example.org")]
    [InlineData("my email is ana@example.org.", "ana@example.org")]
    public void TryRead_AnAddressOnItsOwn_StoredForm(string text, string expected) =>
        Assert.Equal(expected, KnownAddress.TryRead(text, "US"));

    [Theory]
    [InlineData("")]
    [InlineData("pothole on Elm Street")]
    [InlineData("call me at 555 555 0142 about the pothole on Elm")]
    [InlineData("12")]
    [InlineData("R-100001")]
    [InlineData("ana@localhost")]
    [InlineData("Ana <ana@example.org>")]
    public void TryRead_AnythingElse_Null(string text) => Assert.Null(KnownAddress.TryRead(text, "US"));
}
