using System.Net;
using System.Net.Http.Headers;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Observability;
using CityCrm.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Observability;

/// <summary>
/// <c>/metrics</c> serves the service's own figures in Prometheus text to a scraper holding the token: messages per
/// channel, answer confidence, queue depth and outbox backlog; never a resident's address or words.
/// </summary>
public sealed class MetricsEndpointTests(MetricsAppFactory factory) : IClassFixture<MetricsAppFactory>
{
    [Fact]
    public async Task Metrics_AfterAResidentAsksAndIsHandedOff_CountsTheMessagesTheAnswerAndTheQueue()
    {
        var conversations = factory.Services.GetRequiredService<ConversationService>();
        var received = await conversations.ReceiveAsync(new InboundActivity("web", "resident-metrics-1", null, "m-1", new Activity
        {
            Type = ActivityTypes.Message,
            Text = "When is trash picked up?",
            From = new ChannelAccount("resident-metrics-1", "Ana Ruiz"),
        }), CancellationToken.None);
        await Eventually.FindAsync(async () => (await conversations.GetTranscriptAsync(received.Conversation.Id, 0, 10, CancellationToken.None)).Count > 1 ? "answered" : null);
        await conversations.HandOffAsync(received.Conversation.Id, "resident asked for a person", CancellationToken.None);
        const string queued = @"citycrm_queue_depth\{[^}]*queue=""[^""]+""[^}]*\} [1-9]";

        // The background sampler may write a reading taken just before the hand-off after ours: read until one shows it.
        var text = await Eventually.FindAsync(async () =>
        {
            await factory.Services.GetRequiredService<TelemetrySampler>().SampleAsync(CancellationToken.None);
            var scraped = await ScrapeAsync();
            return System.Text.RegularExpressions.Regex.IsMatch(scraped, queued) && scraped.Contains("citycrm_answer_confidence_bucket", StringComparison.Ordinal) ? scraped : null;
        });

        Assert.Matches(@"citycrm_messages_in_total\{[^}]*channel=""webchat""[^}]*\} [1-9]", text);
        Assert.Matches(@"citycrm_messages_out_total\{[^}]*channel=""webchat""[^}]*\} [1-9]", text);
        Assert.Matches(queued, text);
        Assert.Matches(@"citycrm_outbox_pending(_[a-z]+)?(\{[^}]*\})? \d", text);
        Assert.Contains("citycrm_outbox_lag_seconds", text);
        Assert.DoesNotContain("resident-metrics-1", text);
        Assert.DoesNotContain("trash", text);
    }

    [Fact]
    public async Task Metrics_WithoutTheToken_Unauthorized()
    {
        var response = await factory.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Metrics_WithAWrongToken_Unauthorized()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", MetricsAppFactory.ScrapeToken + "x");

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task HealthReady_StoreAndIndexUp_Healthy()
    {
        var client = factory.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (live.StatusCode, await live.Content.ReadAsStringAsync()));
    }

    private async Task<string> ScrapeAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", MetricsAppFactory.ScrapeToken);
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
