using System.Security.Cryptography;
using CityCrm.Channels.DirectLine;
using CityCrm.Channels.DirectLine.Security;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Tests.DirectLine;

/// <summary>Builds token services and authenticators over a manual clock for the tests.</summary>
internal static class TokenServiceFactory
{
    public const string Secret = "test-secret-0123456789-abcdefghij";

    public static DirectLineOptions Options() => new() { Secrets = [Secret], TokenLifetimeSeconds = 1800 };

    public static DirectLineTokenService Create(ManualTimeProvider clock, byte[]? key = null) =>
        new(new DirectLineSigningKey(key ?? RandomNumberGenerator.GetBytes(32)), clock, Microsoft.Extensions.Options.Options.Create(Options()));

    public static DirectLineAuthenticator Authenticator(DirectLineTokenService tokens) =>
        new(tokens, Microsoft.Extensions.Options.Options.Create(Options()));
}
