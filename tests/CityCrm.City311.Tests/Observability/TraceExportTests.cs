using CityCrm.Channels.Schema;
using CityCrm.Conversations.Inbound;
using CityCrm.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Observability;

/// <summary>With an OTLP endpoint configured, a resident's message and the bot's turn reach the collector as spans without the resident's words or address.</summary>
public sealed class TraceExportTests
{
    [Fact]
    public async Task ReceiveAsync_WithACollectorConfigured_SendsTheMessageAndBotTurnSpans()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        using var factory = new TracingAppFactory(collector.Endpoint);
        var conversations = factory.Services.GetRequiredService<ConversationService>();

        await conversations.ReceiveAsync(new InboundActivity("web", "resident-trace-1", null, "t-1", new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Where do I pay a parking ticket?",
            From = new ChannelAccount("resident-trace-1", "Ana Ruiz"),
        }), CancellationToken.None);

        // Spans come in batches, so wait for everything expected before checking what must never be sent.
        string[] expected = ["message receive", "bot turn", "citycrm.channel", "webchat"];
        await Eventually.FindAsync(() => expected.All(collector.Received) ? "spans" : null);
        Assert.False(collector.Received("resident-trace-1"));
        Assert.False(collector.Received("parking ticket"));
    }
}
