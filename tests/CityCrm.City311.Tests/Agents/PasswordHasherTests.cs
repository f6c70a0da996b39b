using CityCrm.Conversations.Agents;

namespace CityCrm.City311.Tests.Agents;

public sealed class PasswordHasherTests
{
    private readonly PasswordHasher hasher = new();

    [Fact]
    public void Hash_SamePasswordTwice_UsesFreshSaltAndBothVerify()
    {
        var first = hasher.Hash("riverton311");
        var second = hasher.Hash("riverton311");

        Assert.NotEqual(first, second);
        Assert.True(hasher.Verify("riverton311", first));
        Assert.True(hasher.Verify("riverton311", second));
    }

    [Fact]
    public void Hash_Always_NamesSchemeAndAtLeast100000Iterations()
    {
        var parts = hasher.Hash("riverton311").Split('$');

        Assert.Equal(4, parts.Length);
        Assert.Equal(PasswordHasher.Scheme, parts[0]);
        Assert.True(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) >= 100_000);
    }

    [Theory]
    [InlineData("riverton31")]
    [InlineData("Riverton311")]
    [InlineData("")]
    public void Verify_WrongPassword_ReturnsFalse(string attempt)
    {
        var stored = hasher.Hash("riverton311");

        Assert.False(hasher.Verify(attempt, stored));
    }

    [Theory]
    [InlineData("")]
    [InlineData("riverton311")]
    [InlineData("md5$1$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$210000$not base64$AAAA")]
    public void Verify_MalformedOrWeakStoredHash_ReturnsFalse(string stored)
    {
        Assert.False(hasher.Verify("riverton311", stored));
    }
}
