using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CityCrm.Channels.DirectLine.Security;

namespace CityCrm.Channels.Tests.DirectLine;

public sealed class DirectLineTokenServiceTests
{
    private readonly ManualTimeProvider clock = new();

    [Fact]
    public void TryValidate_IssuedToken_ReturnsItsClaims()
    {
        var tokens = TokenServiceFactory.Create(clock);
        var issued = tokens.Issue("conv1", "dl_user1", "Ada");

        Assert.True(tokens.TryValidate(issued.Value, out var claims));
        Assert.Equal("conv1", claims.ConversationId);
        Assert.Equal("dl_user1", claims.UserId);
        Assert.Equal("Ada", claims.UserName);
        Assert.False(claims.StreamOnly);
        Assert.Equal(1800, issued.ExpiresIn);
        Assert.Equal(clock.GetUtcNow().AddSeconds(1800), claims.ExpiresAt);
    }

    [Fact]
    public void TryValidate_PayloadRewrittenForAnotherConversation_ReturnsFalse()
    {
        var tokens = TokenServiceFactory.Create(clock);
        var parts = tokens.Issue("conv1", "dl_user1", null).Value.Split('.');
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])).Replace("conv1", "conv2");
        var tampered = $"{parts[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";

        Assert.False(tokens.TryValidate(tampered, out _));
    }

    [Fact]
    public void TryValidate_SignedWithAnotherKey_ReturnsFalse()
    {
        var ours = TokenServiceFactory.Create(clock);
        var theirs = TokenServiceFactory.Create(clock, RandomNumberGenerator.GetBytes(32));

        Assert.False(ours.TryValidate(theirs.Issue("conv1", "dl_user1", null).Value, out _));
    }

    [Fact]
    public void TryValidate_UnsignedAlgNoneHeader_ReturnsFalse()
    {
        var tokens = TokenServiceFactory.Create(clock);
        var parts = tokens.Issue("conv1", "dl_user1", null).Value.Split('.');
        var none = Base64Url.EncodeToString("""{"alg":"none","typ":"JWT"}"""u8);

        Assert.False(tokens.TryValidate($"{none}.{parts[1]}.", out _));
        Assert.False(tokens.TryValidate($"{none}.{parts[1]}.{parts[2]}", out _));
    }

    [Fact]
    public void TryValidate_AfterLifetime_ReturnsFalse()
    {
        var tokens = TokenServiceFactory.Create(clock);
        var issued = tokens.Issue("conv1", "dl_user1", null);

        clock.Advance(TimeSpan.FromSeconds(1799));
        Assert.True(tokens.TryValidate(issued.Value, out _));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(tokens.TryValidate(issued.Value, out _));
    }

    [Fact]
    public void Refresh_NearExpiry_GrantsSameConversationForAFullLifetime()
    {
        var tokens = TokenServiceFactory.Create(clock);
        var issued = tokens.Issue("conv1", "dl_user1", "Ada");
        clock.Advance(TimeSpan.FromSeconds(1700));

        var refreshed = tokens.Refresh(issued.Claims);
        clock.Advance(TimeSpan.FromSeconds(1000));

        Assert.False(tokens.TryValidate(issued.Value, out _));
        Assert.True(tokens.TryValidate(refreshed.Value, out var claims));
        Assert.Equal(("conv1", "dl_user1", "Ada"), (claims.ConversationId, claims.UserId, claims.UserName));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("a.b")]
    [InlineData("a.b.c.d")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.!!!.???")]
    public void TryValidate_Malformed_ReturnsFalse(string token)
    {
        Assert.False(TokenServiceFactory.Create(clock).TryValidate(token, out _));
    }

    [Fact]
    public void Issue_Always_CarriesUserClaimTheOfficialClientReads()
    {
        var value = TokenServiceFactory.Create(clock).Issue("conv1", "dl_user1", null).Value;

        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(value.Split('.')[1]));
        Assert.Equal("dl_user1", payload.RootElement.GetProperty("user").GetString());
    }

    [Fact]
    public void IssueStream_Always_OnlyOpensTheStreamOfItsConversation()
    {
        var tokens = TokenServiceFactory.Create(clock);
        var stream = tokens.IssueStream(tokens.Issue("conv1", "dl_user1", null).Claims);

        Assert.True(tokens.TryValidate(stream.Value, out var claims));
        var caller = DirectLineCaller.WithToken(claims);
        Assert.True(claims.StreamOnly);
        Assert.True(caller.MayStream("conv1"));
        Assert.False(caller.MayUse("conv1"));
        Assert.False(caller.MayStream("conv2"));
    }

    [Fact]
    public void MayUse_TokenForAnotherConversation_ReturnsFalse()
    {
        var tokens = TokenServiceFactory.Create(clock);
        Assert.True(tokens.TryValidate(tokens.Issue("conv1", "dl_user1", null).Value, out var claims));

        var caller = DirectLineCaller.WithToken(claims);

        Assert.True(caller.MayUse("conv1"));
        Assert.False(caller.MayUse("conv2"));
        Assert.True(DirectLineCaller.SecretHolder.MayUse("conv2"));
    }
}
