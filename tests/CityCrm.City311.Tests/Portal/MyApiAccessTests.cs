using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace CityCrm.City311.Tests.Portal;

/// <summary>
/// Resident and staff sessions never open each other's doors; bad input and limits answer with problem+json; the sign-in
/// code honours consent like any other message.
/// </summary>
public sealed class MyApiAccessTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Theory]
    [InlineData("/api/auth/me")]
    [InlineData("/api/agent/cases")]
    [InlineData("/api/agent/routing/agents")]
    [InlineData("/api/supervisor/dashboard")]
    public async Task StaffApi_ResidentCookie_IsUnauthorized(string path)
    {
        var client = await factory.SignInAsync(await factory.ResidentWithRequestAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task StaffContactProfile_ResidentCookieNamingTheirOwnContact_IsUnauthorized()
    {
        var resident = await factory.ResidentWithRequestAsync();
        var client = await factory.SignInAsync(resident);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/api/agent/contacts/{resident.ContactId}/profile")).StatusCode);
    }

    [Fact]
    public async Task AgentHub_ResidentCookie_IsRefused()
    {
        var (_, cookie) = await factory.SignInWithCookieAsync(await factory.ResidentWithRequestAsync());
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "/hubs/agent"), HttpTransportType.LongPolling, options =>
            {
                options.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                options.Headers["Cookie"] = cookie;
            })
            .Build();

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => hub.StartAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Theory]
    [InlineData("/api/my/requests")]
    [InlineData("/api/my/conversations")]
    [InlineData("/api/my/profile")]
    public async Task MyApi_StaffCookie_IsUnauthorized(string path)
    {
        var staff = await factory.StaffAsync("supervisor", "riverton311sup");

        Assert.Equal(HttpStatusCode.Unauthorized, (await staff.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task MyApi_NoSession_IsUnauthorized() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/my/requests")).StatusCode);

    [Fact]
    public async Task SignOut_ThenMyApi_IsUnauthorized()
    {
        var client = await factory.SignInAsync(await factory.ResidentWithRequestAsync());

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/my/sign-out", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/my/requests")).StatusCode);
    }

    [Fact]
    public async Task RequestCode_UnknownAddress_GetsTheSameAnswerAsAKnownOneAndNoCode()
    {
        var known = await factory.ResidentWithRequestAsync();
        var client = factory.CreateClient();

        var forKnown = await client.PostAsJsonAsync("/api/my/sign-in/code", new { address = known.Phone });
        var forUnknown = await client.PostAsJsonAsync("/api/my/sign-in/code", new { address = "+13125559876" });

        Assert.Equal((forKnown.StatusCode, await forKnown.Content.ReadAsStringAsync()), (forUnknown.StatusCode, await forUnknown.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Accepted, forUnknown.StatusCode);
        await factory.Sms.WaitForCodeAsync(known.Phone);
        Assert.Empty(factory.Sms.CodesTo("+13125559876"));
    }

    [Fact]
    public async Task RequestCode_FourthForOneAddress_Is429WithRetryAfter()
    {
        var resident = await factory.ResidentWithRequestAsync();
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/my/sign-in/code", new { address = resident.Phone })).StatusCode);

        var limited = await client.PostAsJsonAsync("/api/my/sign-in/code", new { address = resident.Phone });

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task RequestCode_MalformedPhone_Is400NamingTheReason()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/my/sign-in/code", new { address = "+1 312" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["The number is too short."], problem.GetProperty("errors").GetProperty("address").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task SignIn_WrongCode_Is400WithTheTriesLeftAndNoSession()
    {
        var resident = await factory.ResidentWithRequestAsync();
        var client = factory.CreateClient();
        await client.PostAsJsonAsync("/api/my/sign-in/code", new { address = resident.Phone });
        var code = await factory.Sms.WaitForCodeAsync(resident.Phone);

        var response = await client.PostAsJsonAsync("/api/my/sign-in", new { address = resident.Phone, code = code == "000000" ? "999999" : "000000" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(4, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attemptsLeft").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/my/requests")).StatusCode);
    }

    [Fact]
    public async Task EditProfile_InvalidEmail_Is400NamingTheFieldAndNothingIsSaved()
    {
        var client = await factory.SignInAsync(await factory.ResidentWithRequestAsync());
        var before = await client.GetFromJsonAsync<JsonElement>("/api/my/profile");

        var response = await client.PatchAsJsonAsync("/api/my/profile",
            new { version = before.GetProperty("version").GetInt32(), givenName = "Rosa", emails = new[] { "rosa@example" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("The email's domain is incomplete (such as example.org).", errors.GetProperty("emails[0]")[0].GetString());
        Assert.Equal(before.GetRawText(), (await client.GetFromJsonAsync<JsonElement>("/api/my/profile")).GetRawText());
    }

    [Fact]
    public async Task Page_My_IsServed()
    {
        var response = await factory.CreateClient().GetAsync("/my/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("My 311", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RequestCode_AfterOptingOutOfEverything_SendsNoCode()
    {
        var optedOut = await factory.ResidentWithRequestAsync();
        var other = await factory.ResidentWithRequestAsync();
        var client = await factory.SignInAsync(optedOut);
        (await client.PostAsJsonAsync("/api/my/consents", new { channel = "*", topic = "*", optedIn = false })).EnsureSuccessStatusCode();
        await client.PostAsync("/api/my/sign-out", null);
        var codesBefore = factory.Sms.CodesTo(optedOut.Phone).Count;

        var asked = await client.PostAsJsonAsync("/api/my/sign-in/code", new { address = optedOut.Phone });
        // Codes go out one after another: once a later one has arrived, the opted-out one was handled already.
        await client.PostAsJsonAsync("/api/my/sign-in/code", new { address = other.Phone });
        await factory.Sms.WaitForCodeAsync(other.Phone);

        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        Assert.Equal(codesBefore, factory.Sms.CodesTo(optedOut.Phone).Count);
    }
}
