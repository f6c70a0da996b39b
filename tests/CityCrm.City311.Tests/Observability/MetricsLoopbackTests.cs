using System.Net;

namespace CityCrm.City311.Tests.Observability;

/// <summary>Without a scrape token, <c>/metrics</c> is served to this machine only; the in-memory client has no address.</summary>
public sealed class MetricsLoopbackTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    [Fact]
    public async Task Metrics_NoTokenConfiguredAndNotFromThisMachine_Forbidden()
    {
        var response = await factory.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
