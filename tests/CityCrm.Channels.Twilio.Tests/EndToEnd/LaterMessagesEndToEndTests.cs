using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CityCrm.CaseCore;
using CityCrm.Channels.Twilio.Tests.Support;
using CityCrm.Channels.Twilio.Tests.Voice;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Twilio.Tests.EndToEnd;

/// <summary>
/// What reaches a resident after the moment: an agent's reply to a call that has ended, and a request's updates, go by
/// text message from the city's number (ask by phone, hear back by SMS), and never to a number that opted out.
/// </summary>
public sealed class LaterMessagesEndToEndTests(OpenLine line) : IClassFixture<OpenLine>
{
    private readonly TwilioWebhookPoster twilio = new(line.CreateClient());

    private static Payload Sms(string resident, string body) => Journey.Sms(resident, body);

    private async Task<HttpClient> AgentAsync() => (await Journey.SignInAgentAsync(line)).Client;

    private async Task<(string CallSid, string Caller, HttpClient Agent)> QueuedCallTakenAsync()
    {
        var (sid, caller) = line.NewCall();
        await twilio.PostAsync("/twilio/voice", VoiceLineFactory.Call("voice-incoming.form", sid, caller));
        await twilio.PostAsync("/twilio/voice/gather?turn=1&lang=en&silence=0",
            VoiceLineFactory.Call("voice-gather-speech.form", sid, caller).With("SpeechResult", "I want to talk to an agent"));
        await Eventually.FindAsync(async () => await line.Conversations.GetAsync(sid, CancellationToken.None) is { Status: ConversationStatus.Queued } c ? c : null);
        var agent = await AgentAsync();
        Assert.True((await agent.PostAsync($"/api/agent/conversations/{sid}/take", null)).IsSuccessStatusCode);
        return (sid, caller, agent);
    }

    private async Task<Case> CaseFromAsync(string conversationId, string channel)
    {
        var conversation = (await line.Conversations.GetAsync(conversationId, CancellationToken.None))!;
        return await line.Services.GetRequiredService<ICaseService>().OpenAsync(
            new OpenCaseRequest("pothole", "Deep pothole", "12 Elm Street", conversation.ContactId, conversationId, channel), CancellationToken.None);
    }

    [Fact]
    public async Task AgentReply_ToACall_GoesToTheCallerBySmsWithAStaffNote()
    {
        var (sid, caller, agent) = await QueuedCallTakenAsync();

        var reply = await agent.PostAsJsonAsync($"/api/agent/conversations/{sid}/messages", new { text = "Sorry we got cut off: the crew comes Tuesday." });

        Assert.True(reply.IsSuccessStatusCode);
        var sent = await Eventually.FindAsync(() => line.Api.Received.FirstOrDefault(m => m.To == caller));
        Assert.Equal("Sorry we got cut off: the crew comes Tuesday.", sent.Body);
        Assert.Equal(TestAccount.Number, sent.From);
        var call = await line.TranscriptAsync(sid);
        Assert.Single(call, m => m.AuthorKind == AuthorKind.Agent && m.Text == "Sorry we got cut off: the crew comes Tuesday.");
        var note = Assert.Single(call, m => m.IsPrivate && m.Text!.Contains("by text message"));
        Assert.Contains(caller, note.Text);
    }

    [Fact]
    public async Task AgentReply_ToACallerWhoOptedOutOfTexts_NotSentAndTheNoteSaysCallBack()
    {
        var (sid, caller, agent) = await QueuedCallTakenAsync();
        await twilio.PostAsync("/twilio/sms", Sms(caller, "STOP"));

        await agent.PostAsJsonAsync($"/api/agent/conversations/{sid}/messages", new { text = "We will fix it soon." });

        var note = Assert.Single(await line.TranscriptAsync(sid), m => m.IsPrivate && m.Text!.StartsWith("Not sent"));
        Assert.Contains("Call the resident back", note.Text);
        Assert.DoesNotContain(line.Api.Received, m => m.To == caller);
    }

    [Fact]
    public async Task CloseCase_ReportedByPhoneBySpanishCaller_NotifiedBySmsInSpanish()
    {
        var (sid, caller) = line.NewCall();
        await twilio.PostAsync("/twilio/voice", VoiceLineFactory.Call("voice-incoming.form", sid, caller));
        await twilio.PostAsync("/twilio/voice/gather?turn=1&lang=en&silence=0",
            VoiceLineFactory.Call("voice-gather-digits.form", sid, caller).With("Digits", "2"));
        var reported = await CaseFromAsync(sid, "voice");
        var agent = await AgentAsync();

        var response = await agent.PostAsJsonAsync($"/api/agent/cases/{reported.Reference}/close", new { note = "El bache fue reparado." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True((bool)body!["residentNotified"]!);
        Assert.Equal("closed", (string?)body["case"]!["status"]);
        var sent = await Eventually.FindAsync(() => line.Api.Received.FirstOrDefault(m => m.To == caller));
        Assert.Contains($"su solicitud de servicio {reported.Reference}", sent.Body);
        Assert.Contains("El bache fue reparado.", sent.Body);
    }

    [Fact]
    public async Task StartCase_ReportedByText_NotifiedInTheSameTextConversation()
    {
        var (_, resident) = line.NewCall();
        await twilio.PostAsync("/twilio/sms", Sms(resident, "Hello"));
        var conversation = await Eventually.FindAsync(async () =>
            (await line.Services.GetRequiredService<IConversationStore>().ListByContactAsync(
                (await line.Services.GetRequiredService<IConversationStore>().GetOrCreateContactAsync(TestAccount.SmsInbox, resident, null, CancellationToken.None)).Id,
                5, CancellationToken.None)).FirstOrDefault());
        var reported = await CaseFromAsync(conversation.Id, "sms");
        var agent = await AgentAsync();

        var response = await agent.PostAsJsonAsync($"/api/agent/cases/{reported.Reference}/start", new { note = "A crew is on the way." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = await Eventually.FindAsync(() => line.Api.Received.FirstOrDefault(m => m.To == resident && m.Body!.Contains(reported.Reference)));
        Assert.Contains("is now in progress. A crew is on the way.", sent.Body);
        Assert.Contains(await line.TranscriptAsync(conversation.Id), m => m.AuthorKind == AuthorKind.Bot && m.Text!.Contains("in progress"));
    }

    [Fact]
    public async Task CloseCase_AfterTheResidentTextedStop_BlockedAndNothingSent()
    {
        var (_, resident) = line.NewCall();
        await twilio.PostAsync("/twilio/sms", Sms(resident, "STOP"));
        var store = line.Services.GetRequiredService<IConversationStore>();
        var contact = await store.GetOrCreateContactAsync(TestAccount.SmsInbox, resident, null, CancellationToken.None);
        var conversation = (await store.FindLatestAsync(TestAccount.SmsInbox, contact.Id, CancellationToken.None))!;
        var reported = await CaseFromAsync(conversation.Id, "sms");
        var agent = await AgentAsync();

        await agent.PostAsJsonAsync($"/api/agent/cases/{reported.Reference}/close", new { note = "Fixed." });

        var blocked = await Eventually.FindAsync(async () => (await line.TranscriptAsync(conversation.Id))
            .FirstOrDefault(m => m.Text!.Contains(reported.Reference) && m.DeliveryStatus == "blocked"));
        Assert.Contains("is closed", blocked.Text);
        Assert.DoesNotContain(line.Api.Received, m => m.To == resident);
    }

    [Fact]
    public async Task CaseUpdate_TwiceClosedOrUnknown_ConflictOrNotFound()
    {
        var (sid, _) = line.NewCall();
        await twilio.PostAsync("/twilio/voice", VoiceLineFactory.Call("voice-incoming.form", sid, line.NewCall().Caller));
        var reported = await CaseFromAsync(sid, "voice");
        var agent = await AgentAsync();
        await agent.PostAsJsonAsync($"/api/agent/cases/{reported.Reference}/close", new { note = "Fixed.", notify = false });

        var again = await agent.PostAsJsonAsync($"/api/agent/cases/{reported.Reference}/close", new { note = "Fixed." });
        var unknown = await agent.PostAsJsonAsync("/api/agent/cases/R-999999/start", new { note = "" });
        var anonymous = await line.CreateClient().PostAsJsonAsync($"/api/agent/cases/{reported.Reference}/start", new { note = "" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
