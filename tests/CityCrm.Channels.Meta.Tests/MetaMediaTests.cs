using CityCrm.Channels.Meta.Inbound;

namespace CityCrm.Channels.Meta.Tests;

public sealed class MetaMediaTests
{
    [Theory]
    [InlineData("image/jpeg", "image/jpeg")]
    [InlineData("audio/ogg; codecs=opus", "audio/ogg")]
    [InlineData("application/pdf", "application/pdf")]
    [InlineData("video/mp4", "video/mp4")]
    [InlineData("image/svg+xml", "application/octet-stream")]
    [InlineData("text/html", "application/octet-stream")]
    [InlineData("application/javascript", "application/octet-stream")]
    [InlineData(null, "application/octet-stream")]
    public void SafeType_OnlyPassiveTypesKeepTheirType(string? declared, string served)
    {
        Assert.Equal(served, MetaMedia.SafeType(declared));
    }

    [Fact]
    public void WhatsAppPath_OddCharacters_AreEscapedIntoOneSegmentEach()
    {
        Assert.Equal("/api/agent/attachments/meta/1065/a%2Fb%3Fc", MetaMedia.WhatsAppPath("1065", "a/b?c"));
    }
}
