using System.Net;
using System.Net.Http.Json;
using CityCrm.Channels.Twilio.Tests.Support;
using CityCrm.Channels.Twilio.Tests.Voice;
using CityCrm.Conversations.Hubs;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Twilio.Tests.EndToEnd;

/// <summary>
/// Residents on the phone and by text, agents on their console API and hub, Twilio played by the npm library's signatures
/// and the local fake of its REST API: the three end-to-end journeys.
/// </summary>
public sealed class TwilioEndToEndTests(OpenLine line) : IClassFixture<OpenLine>
{
    private readonly TwilioWebhookPoster twilio = new(line.CreateClient());

    private static Payload Sms(string resident, string body) => Journey.Sms(resident, body);

    private async Task<HttpClient> AgentAsync() => (await SignInAsync()).Client;

    private Task<(HttpClient Client, string Cookie)> SignInAsync() => Journey.SignInAgentAsync(line);

    private async Task<Conversation> SmsConversationAsync(string resident)
    {
        var store = line.Services.GetRequiredService<IConversationStore>();
        var contact = await store.GetOrCreateContactAsync(TestAccount.SmsInbox, resident, null, CancellationToken.None);
        return (await store.FindLatestAsync(TestAccount.SmsInbox, contact.Id, CancellationToken.None))!;
    }

    [Fact]
    public async Task Sms_ResidentAsksForAPerson_AgentsReplyArrivesBySmsAndItsDeliveryShows()
    {
        var (_, resident) = line.NewCall();
        Assert.Equal(HttpStatusCode.OK, (await twilio.PostAsync("/twilio/sms", Sms(resident, "Can I talk to a person please"))).StatusCode);
        var conversation = await Eventually.FindAsync(async () =>
            await SmsConversationAsync(resident) is { Status: ConversationStatus.Queued } c ? c : null);
        var handoff = await Eventually.FindAsync(() => line.Api.Received.FirstOrDefault(m => m.To == resident));
        Assert.Contains("text you back", handoff.Body);

        var agent = await AgentAsync();
        Assert.True((await agent.PostAsync($"/api/agent/conversations/{conversation.Id}/take", null)).IsSuccessStatusCode);
        var reply = await agent.PostAsJsonAsync($"/api/agent/conversations/{conversation.Id}/messages", new { text = "Hi, this is Alex from 311. How can I help?" });
        Assert.True(reply.IsSuccessStatusCode);

        var sent = await Eventually.FindAsync(() => line.Api.Received.FirstOrDefault(m => m.To == resident && m.Body!.StartsWith("Hi, this is Alex")));
        Assert.Equal(TestAccount.Number, sent.From);
        var stored = await Eventually.FindAsync(async () => (await line.TranscriptAsync(conversation.Id))
            .FirstOrDefault(m => m.AuthorKind == AuthorKind.Agent && m.ProviderMessageId is not null));
        var status = Payload.Load("status-delivered.form").With("MessageSid", stored.ProviderMessageId!).With("SmsSid", stored.ProviderMessageId!)
            .With("To", resident).With("From", TestAccount.Number);
        Assert.Equal(HttpStatusCode.NoContent, (await twilio.PostAsync("/twilio/sms/status", status)).StatusCode);
        var detail = await agent.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/agent/conversations/{conversation.Id}");
        var shown = detail!["transcript"]!.AsArray().Single(m => (string?)m!["author"] == "agent");
        Assert.Equal("delivered", (string?)shown!["deliveryStatus"]);
    }

    [Fact]
    public async Task Call_QuestionThenAgent_SpokenAnswerThenTheWaitingCallPopsOnTheAgentsConsole()
    {
        var (sid, caller) = line.NewCall();
        var (agent, cookie) = await SignInAsync();
        await using var hub = Journey.AgentHub(line, cookie);
        var popped = new TaskCompletionSource<ConversationSummaryDto>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<ConversationSummaryDto>(nameof(IAgentClient.ConversationChanged), s =>
        {
            if (s.Id == sid && s.Status == "queued")
                popped.TrySetResult(s);
        });
        await hub.StartAsync();

        await twilio.PostAsync("/twilio/voice", VoiceLineFactory.Call("voice-incoming.form", sid, caller));
        var answer = await twilio.PostAsync("/twilio/voice/gather?turn=1&lang=en&silence=0",
            VoiceLineFactory.Call("voice-gather-speech.form", sid, caller).With("SpeechResult", "How do I get a new recycling bin?"));
        var answered = TwimlAssert.Valid(await answer.Content.ReadAsStringAsync(), TestAccount.PublicBaseUrl);
        var toAgent = await twilio.PostAsync("/twilio/voice/gather?turn=2&lang=en&silence=0",
            VoiceLineFactory.Call("voice-gather-speech.form", sid, caller).With("SpeechResult", "I want to talk to an agent"));
        var queued = TwimlAssert.Valid(await toAgent.Content.ReadAsStringAsync(), TestAccount.PublicBaseUrl);

        Assert.Equal("Gather", answered.Root!.Elements().Single().Name.LocalName);
        Assert.NotEmpty(answered.Root.Element("Gather")!.Element("Say")!.Value);
        Assert.NotNull(queued.Root!.Element("Enqueue"));
        var summary = await popped.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal("voice", summary.Channel);
        Assert.NotNull(summary.QueuedAt);
        var detail = await agent.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/agent/conversations/{sid}");
        var transcript = detail!["transcript"]!.AsArray();
        Assert.Contains(transcript, m => (string?)m!["text"] == "How do I get a new recycling bin?");
    }

    [Fact]
    public async Task Sms_Stop_BlocksEveryLaterMessageToTheNumber()
    {
        var (_, resident) = line.NewCall();
        await twilio.PostAsync("/twilio/sms", Sms(resident, "Agent"));
        var conversation = await Eventually.FindAsync(async () =>
            await SmsConversationAsync(resident) is { Status: ConversationStatus.Queued } c ? c : null);
        await Eventually.FindAsync(() => line.Api.Received.FirstOrDefault(m => m.To == resident));

        await twilio.PostAsync("/twilio/sms", Sms(resident, "STOP"));
        var agent = await AgentAsync();
        await agent.PostAsync($"/api/agent/conversations/{conversation.Id}/take", null);
        await agent.PostAsJsonAsync($"/api/agent/conversations/{conversation.Id}/messages", new { text = "Your pothole was fixed today." });

        var blocked = await Eventually.FindAsync(async () => (await line.TranscriptAsync(conversation.Id))
            .FirstOrDefault(m => m.AuthorKind == AuthorKind.Agent && m.DeliveryStatus == "blocked"));
        Assert.Equal("Your pothole was fixed today.", blocked.Text);
        Assert.Single(line.Api.Received, m => m.To == resident);
    }
}
