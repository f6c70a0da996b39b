using System.Text;
using CityCrm.Channels.Meta.Security;
using CityCrm.Channels.Meta.Tests.Support;

namespace CityCrm.Channels.Meta.Tests;

public sealed class MetaSignatureTests
{
    private static readonly byte[] Body = Payload.Load("wa-text.json").Bytes;

    [Fact]
    public void IsValid_SignatureComputedAsMetaDoes_IsTrue()
    {
        Assert.True(MetaSignature.IsValid(MetaWebhookPoster.Sign(Body, TestMeta.AppSecret), TestMeta.AppSecret, Body));
    }

    [Fact]
    public void Compute_KnownVector_MatchesHmacSha256Hex()
    {
        // HMAC-SHA256 of "The quick brown fox jumps over the lazy dog" keyed with "key" (the widely published example).
        Assert.Equal("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
            MetaSignature.Compute("key", Encoding.UTF8.GetBytes("The quick brown fox jumps over the lazy dog")));
    }

    [Fact]
    public void IsValid_UpperCaseHex_IsTrue()
    {
        var signature = MetaWebhookPoster.Sign(Body, TestMeta.AppSecret);

        Assert.True(MetaSignature.IsValid("sha256=" + signature["sha256=".Length..].ToUpperInvariant(), TestMeta.AppSecret, Body));
    }

    [Fact]
    public void IsValid_BodyChangedByOneByte_IsFalse()
    {
        var signature = MetaWebhookPoster.Sign(Body, TestMeta.AppSecret);
        var changed = (byte[])Body.Clone();
        changed[^3] ^= 1;

        Assert.False(MetaSignature.IsValid(signature, TestMeta.AppSecret, changed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256=")]
    [InlineData("sha1=0123456789abcdef0123456789abcdef01234567")]
    public void IsValid_MissingOrMalformed_IsFalse(string? presented)
    {
        Assert.False(MetaSignature.IsValid(presented, TestMeta.AppSecret, Body));
    }

    [Fact]
    public void IsValid_OtherSecret_IsFalse()
    {
        Assert.False(MetaSignature.IsValid(MetaWebhookPoster.Sign(Body, "another-secret"), TestMeta.AppSecret, Body));
    }

    [Theory]
    [InlineData(TestMeta.VerifyToken, true)]
    [InlineData("riverton-test-verify-tokem", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsVerifyToken_ComparesWholeToken(string? presented, bool expected)
    {
        Assert.Equal(expected, MetaSignature.IsVerifyToken(presented, TestMeta.VerifyToken));
    }
}
