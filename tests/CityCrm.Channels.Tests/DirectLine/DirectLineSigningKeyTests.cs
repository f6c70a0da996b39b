using CityCrm.Channels.DirectLine;
using CityCrm.Channels.DirectLine.Security;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Tests.DirectLine;

public sealed class DirectLineSigningKeyTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("citycrm-key-").FullName;

    [Fact]
    public void FromOptions_NoConfiguredKey_GeneratesOneFileThatLaterStartsReuse()
    {
        var clock = new ManualTimeProvider();
        var options = new DirectLineOptions { DataDirectory = folder };
        var before = new DirectLineTokenService(DirectLineSigningKey.FromOptions(options), clock, Options.Create(options));
        var token = before.Issue("conv1", "dl_u", null).Value;

        var afterRestart = new DirectLineTokenService(DirectLineSigningKey.FromOptions(options), clock, Options.Create(options));

        Assert.True(File.Exists(Path.Combine(folder, DirectLineSigningKey.FileName)));
        Assert.True(afterRestart.TryValidate(token, out _));
    }

    [Fact]
    public void FromOptions_KeyFileOfAnotherInstance_RejectsItsTokens()
    {
        var clock = new ManualTimeProvider();
        var other = Directory.CreateTempSubdirectory("citycrm-key-other-").FullName;
        try
        {
            var ours = new DirectLineOptions { DataDirectory = folder };
            var theirs = new DirectLineOptions { DataDirectory = other };
            var token = new DirectLineTokenService(DirectLineSigningKey.FromOptions(theirs), clock, Options.Create(theirs)).Issue("c", "u", null).Value;

            Assert.False(new DirectLineTokenService(DirectLineSigningKey.FromOptions(ours), clock, Options.Create(ours)).TryValidate(token, out _));
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }

    [Fact]
    public void FromOptions_ShortConfiguredKey_Throws()
    {
        var options = new DirectLineOptions { TokenSigningKey = "too-short", DataDirectory = folder };

        Assert.Throws<InvalidOperationException>(() => DirectLineSigningKey.FromOptions(options));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
