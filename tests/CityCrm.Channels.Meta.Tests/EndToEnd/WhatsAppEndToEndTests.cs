using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CityCrm.Channels.Meta.Outbound;
using CityCrm.Channels.Meta.Tests.Support;
using CityCrm.Conversations.Model;

namespace CityCrm.Channels.Meta.Tests.EndToEnd;

/// <summary>
/// A resident on WhatsApp, an agent on the console's API, WhatsApp played by signed webhooks and the local fake Graph
/// API, and the host's clock moved past the 24-hour window: the WhatsApp journeys, through the real outbox.
/// </summary>
public sealed class WhatsAppEndToEndTests(MetaHostFactory host) : IClassFixture<MetaHostFactory>
{
    private const string ButtonWamid = "wamid.HBgLMTU1NTU1NTAxMjMVAgASGBQ3QjQ0RjM0NjJBRDQ2RjQ3NzNDNgA=";

    private readonly MetaWebhookPoster meta = new(host.CreateClient());

    private async Task<Conversation> QueuedAsync(string waId) =>
        await Eventually.FindAsync(async () =>
            await host.ConversationAsync(TestMeta.WhatsAppInbox, "+" + waId) is { Status: ConversationStatus.Queued } c ? c : null);

    private Task<GraphRequest> SentAsync(string waId, Func<GraphRequest, bool> match) =>
        Eventually.FindAsync(() => host.Graph.Received.FirstOrDefault(r => r.To == waId && r.Status == 200 && match(r)));

    [Fact]
    public async Task WhatsApp_BotAnswersThenTheResidentTapsTalkToAPerson_AgentsReplyReachesGraph()
    {
        var waId = host.NewWaId();
        await meta.PostAsync(Captured.WhatsAppText(host, waId, "When is bulk trash pickup?"));
        var answer = await SentAsync(waId, _ => true);
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));

        await meta.PostAsync(Payload.Load("wa-button-reply.json").With(TestMeta.ResidentWaId, waId).With(ButtonWamid, host.NewId("wamid.")));
        var conversation = await QueuedAsync(waId);
        await SentAsync(waId, r => r.Text?.Contains("connecting you", StringComparison.Ordinal) == true);

        var agent = await Captured.AgentAsync(host);
        Assert.True((await agent.PostAsync($"/api/agent/conversations/{conversation.Id}/take", null)).IsSuccessStatusCode);
        var reply = await agent.PostAsJsonAsync($"/api/agent/conversations/{conversation.Id}/messages", new { text = "Hi, this is Alex from 311. How can I help?" });

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var sent = await SentAsync(waId, r => r.Text == "Hi, this is Alex from 311. How can I help?");
        Assert.Equal("text", sent.Type);
        Assert.Equal($"/{TestMeta.GraphVersion}/{TestMeta.PhoneNumberId}/messages", sent.Path);
        Assert.Equal($"Bearer {TestMeta.WhatsAppToken}", sent.Authorization);
    }

    [Fact]
    public async Task WhatsApp_ReplyAfterTheWindowCloses_IsRefusedWithTheReasonThenSentAsTheTemplate()
    {
        var waId = host.NewWaId();
        await meta.PostAsync(Captured.WhatsAppText(host, waId, "agent"));
        var conversation = await QueuedAsync(waId);
        var agent = await Captured.AgentAsync(host);
        await agent.PostAsync($"/api/agent/conversations/{conversation.Id}/take", null);
        var before = await agent.GetFromJsonAsync<JsonObject>($"/api/agent/conversations/{conversation.Id}");
        Assert.True((bool)before!["window"]!["open"]!);

        host.Clock.Advance(CustomerServiceWindow.Length + TimeSpan.FromHours(1));
        // The session cookie aged with the clock: sign in again, as the agent would the next day.
        agent = await Captured.AgentAsync(host);
        var after = await agent.GetFromJsonAsync<JsonObject>($"/api/agent/conversations/{conversation.Id}");
        var refused = await agent.PostAsJsonAsync($"/api/agent/conversations/{conversation.Id}/messages", new { text = "Your pothole is fixed.\nThanks for reporting it." });
        var problem = await refused.Content.ReadFromJsonAsync<JsonObject>();
        var sent = await agent.PostAsJsonAsync($"/api/agent/conversations/{conversation.Id}/messages",
            new { text = "Your pothole is fixed.\nThanks for reporting it.", asTemplate = true });

        Assert.False((bool)after!["window"]!["open"]!);
        Assert.Equal((string?)after["window"]!["closesAt"], (string?)after["windowClosesAt"]);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.StartsWith(WhatsAppSender.TemplateRequired, (string?)problem!["detail"]);
        Assert.Equal("window-closed", (string?)problem["reason"]);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var template = await SentAsync(waId, r => r.Type == "template");
        Assert.Equal("riverton_311_reply", (string?)template.Body!["template"]!["name"]);
        Assert.Equal("en_US", (string?)template.Body["template"]!["language"]!["code"]);
        var parameters = template.Body["template"]!["components"]![0]!["parameters"]!.AsArray().Select(p => (string?)p!["text"]);
        Assert.Equal(["Alex Agent", "Your pothole is fixed. Thanks for reporting it."], parameters);
        Assert.DoesNotContain(host.Graph.Received, r => r.To == waId && r.Type == "text" && r.Text!.StartsWith("Your pothole", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhatsApp_GraphThrottlesThenFails_TheOutboxRetriesUntilGraphAccepts()
    {
        var waId = host.NewWaId();
        host.Graph.FailNext(429, 130429, "Rate limit hit");
        host.Graph.FailNext(500, 2, "Service temporarily unavailable");

        await meta.PostAsync(Captured.WhatsAppText(host, waId, "How do I report a pothole?"));

        await SentAsync(waId, _ => true);
        var attempts = host.Graph.Received.Where(r => r.To == waId).Select(r => r.Status).Take(3);
        Assert.Equal([429, 500, 200], attempts);
        var stored = await Eventually.FindAsync(async () => (await host.TranscriptAsync(TestMeta.WhatsAppInbox, "+" + waId))
            .FirstOrDefault(m => m.AuthorKind == AuthorKind.Bot && m.ProviderMessageId is not null));
        Assert.Null(stored.DeliveryError);
    }
}
