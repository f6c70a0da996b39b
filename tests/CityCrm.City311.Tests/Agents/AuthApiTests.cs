using System.Net;
using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using Microsoft.AspNetCore.Hosting;

namespace CityCrm.City311.Tests.Agents;

public sealed class AuthApiTests(AgentAppFactory factory) : IClassFixture<AgentAppFactory>
{
    [Fact]
    public async Task Login_SeededAgent_Returns204WithHttpOnlyStrictCookie()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "agent", password = "riverton311" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single().ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=strict", cookie);
    }

    [Theory]
    [InlineData("agent", "wrong-password")]
    [InlineData("nobody", "riverton311")]
    [InlineData("supervisor", "riverton311")]
    public async Task Login_BadCredentials_Returns401Problem(string userName, string password)
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Login_MissingPassword_Returns400()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "agent" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Me_SignedInSupervisor_ReturnsProfileAndRoles()
    {
        using var session = await factory.SignInAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);

        var me = await session.Client.GetFromJsonAsync<StaffProfileDto>("/api/auth/me");

        Assert.Equal("supervisor", me!.UserName);
        Assert.Equal("Sam Supervisor", me.DisplayName);
        Assert.Equal(["agent", "supervisor"], me.Roles.Order());
    }

    [Fact]
    public async Task Me_Anonymous_Returns401WithoutRedirect()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/agent/conversations")]
    [InlineData("/api/agent/conversations/abc")]
    [InlineData("/api/agent/cases/R-100001")]
    public async Task AgentApi_Anonymous_Returns401WithoutRedirect(string path)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Login_MoreAttemptsThanTheLimit_Returns429()
    {
        // A second host needs its own data folder: the Lucene index admits one writer per folder.
        var data = Directory.CreateTempSubdirectory("citycrm-limit-").FullName;
        using var limited = factory.WithWebHostBuilder(builder => builder
            .UseSetting("Agents:SignInAttemptsPerMinute", "2")
            .UseSetting("data", data));
        using var client = limited.CreateClient();
        var attempt = new { userName = "agent", password = "guess" };

        var first = await client.PostAsJsonAsync("/api/auth/login", attempt);
        var second = await client.PostAsJsonAsync("/api/auth/login", attempt);
        var third = await client.PostAsJsonAsync("/api/auth/login", new { userName = "agent", password = "riverton311" });

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        limited.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Logout_SignedIn_EndsTheSession()
    {
        using var session = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var logout = await session.Client.PostAsync("/api/auth/logout", null);
        var me = await session.Client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }
}
