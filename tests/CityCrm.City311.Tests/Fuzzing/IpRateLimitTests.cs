using System.Net;

namespace CityCrm.City311.Tests.Fuzzing;

/// <summary>The per-IP limit on the public endpoints: 429 problem+json with Retry-After beyond it; signed-in staff are not counted.</summary>
public sealed class IpRateLimitTests(IpLimitedHost host) : IClassFixture<IpLimitedHost>
{
    [Fact]
    public async Task WebChatToken_OverThePerIpLimit_Answers429WithRetryAfter()
    {
        using var client = host.CreateClient();
        for (var i = 0; i < IpLimitedHost.PerIp; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/webchat/token", null)).StatusCode);

        await TooManyRequests.AssertRefusedAsync(await client.PostAsync("/webchat/token", null));
        // The same address is refused on another public endpoint, but what needs no limit is still served.
        await TooManyRequests.AssertRefusedAsync(await client.GetAsync("/api/knowledge/search?q=trash"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        using var staff = await host.StaffAsync();
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/auth/me")).StatusCode);
    }
}
