using CityCrm.Channels.DirectLine.Security;
using Microsoft.AspNetCore.Http;

namespace CityCrm.Channels.Tests.DirectLine;

public sealed class DirectLineAuthenticatorTests
{
    private readonly ManualTimeProvider clock = new();

    [Fact]
    public void Authenticate_ConfiguredSecret_ReturnsSecretHolder()
    {
        var authenticator = TokenServiceFactory.Authenticator(TokenServiceFactory.Create(clock));

        var caller = authenticator.Authenticate(Request("Bearer " + TokenServiceFactory.Secret));

        Assert.NotNull(caller);
        Assert.True(caller.IsSecretHolder);
    }

    [Fact]
    public void Authenticate_ValidToken_ReturnsTokenHolder()
    {
        var tokens = TokenServiceFactory.Create(clock);
        var authenticator = TokenServiceFactory.Authenticator(tokens);

        var caller = authenticator.Authenticate(Request("Bearer " + tokens.Issue("conv1", "dl_u", null).Value));

        Assert.Equal("dl_u", caller?.Token?.UserId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer ")]
    [InlineData("Bearer test-secret-0123456789-abcdefghi")]
    [InlineData("Bearer test-secret-0123456789-abcdefghijk")]
    [InlineData("Basic test-secret-0123456789-abcdefghij")]
    public void Authenticate_MissingOrWrongCredential_ReturnsNull(string? header)
    {
        var authenticator = TokenServiceFactory.Authenticator(TokenServiceFactory.Create(clock));

        Assert.Null(authenticator.Authenticate(Request(header)));
        Assert.False(authenticator.IsSecret(Request(header)));
    }

    [Fact]
    public void Authenticate_ExpiredToken_ReturnsNull()
    {
        var tokens = TokenServiceFactory.Create(clock);
        var authenticator = TokenServiceFactory.Authenticator(tokens);
        var token = tokens.Issue("conv1", "dl_u", null).Value;

        clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Null(authenticator.Authenticate(Request("Bearer " + token)));
    }

    private static HttpRequest Request(string? authorization)
    {
        var context = new DefaultHttpContext();
        if (authorization is not null)
            context.Request.Headers.Authorization = authorization;
        return context.Request;
    }
}
