using System.Net;
using System.Net.Http.Headers;

namespace CityCrm.City311.Tests.Observability;

/// <summary>A host that has not yet received a message already reports its queue and outbox gauges.</summary>
public sealed class MetricsStartupTests(MetricsAppFactory factory) : IClassFixture<MetricsAppFactory>
{
    [Fact]
    public async Task Metrics_FreshHost_ReportsTheOutboxGaugesBeforeAnyMessage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", MetricsAppFactory.ScrapeToken);

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Matches(@"(?m)^citycrm_outbox_pending(\{[^}]*\})? 0", text);
        Assert.Matches(@"(?m)^citycrm_outbox_lag_seconds(\{[^}]*\})? 0", text);
    }
}
