using CityCrm.Channels.DirectLine.Security;

namespace CityCrm.Channels.Tests.DirectLine;

public sealed class FixedTimeSecretTests
{
    [Fact]
    public void AreEqual_SameSecret_ReturnsTrue()
    {
        Assert.True(FixedTimeSecret.AreEqual("s3cret-value", "s3cret-value"));
    }

    [Theory]
    [InlineData("s3cret-valu", "s3cret-value")]
    [InlineData("s3cret-value-and-more", "s3cret-value")]
    [InlineData("S3cret-value", "s3cret-value")]
    [InlineData("", "s3cret-value")]
    [InlineData(null, "s3cret-value")]
    [InlineData("", "")]
    public void AreEqual_DifferentOrEmpty_ReturnsFalse(string? presented, string expected)
    {
        Assert.False(FixedTimeSecret.AreEqual(presented, expected));
    }

    [Fact]
    public void MatchesAny_SecondOfTwo_ReturnsTrue()
    {
        Assert.True(FixedTimeSecret.MatchesAny("two", ["one", "two"]));
        Assert.False(FixedTimeSecret.MatchesAny("three", ["one", "two"]));
        Assert.False(FixedTimeSecret.MatchesAny("one", []));
    }
}
