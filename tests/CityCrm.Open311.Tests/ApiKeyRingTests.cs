using Microsoft.Extensions.Options;

namespace CityCrm.Open311.Tests;

public sealed class ApiKeyRingTests
{
    private static ApiKeyRing Ring(params Open311ApiKey[] keys) => new(Options.Create(new Open311Options { ApiKeys = [.. keys] }));

    [Fact]
    public void Identify_KeyConfiguredByHash_AnswersItsName()
    {
        var ring = Ring(new Open311ApiKey { Name = "app", Sha256 = ApiKeyRing.HashHex("secret-1") });

        Assert.Equal("app", ring.Identify("secret-1"));
    }

    [Fact]
    public void Identify_KeyConfiguredInClear_AnswersItsName()
    {
        var ring = Ring(new Open311ApiKey { Name = "a", Sha256 = ApiKeyRing.HashHex("one") }, new Open311ApiKey { Name = "b", Key = "two" });

        Assert.Equal("b", ring.Identify("two"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("secret-2")]
    [InlineData("SECRET-1")]
    public void Identify_UnknownOrMissingKey_AnswersNull(string? presented)
    {
        var ring = Ring(new Open311ApiKey { Name = "app", Sha256 = ApiKeyRing.HashHex("secret-1") });

        Assert.Null(ring.Identify(presented));
    }

    [Fact]
    public void Constructor_HashNotSha256_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Ring(new Open311ApiKey { Name = "app", Sha256 = "abc" }));

        Assert.Contains("'app'", error.Message);
    }
}
