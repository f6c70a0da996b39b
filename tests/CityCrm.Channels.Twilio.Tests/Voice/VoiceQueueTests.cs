using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Xml.Linq;
using CityCrm.CaseCore;
using CityCrm.Channels.Twilio.Tests.Support;
using CityCrm.Conversations.Model;

namespace CityCrm.Channels.Twilio.Tests.Voice;

/// <summary>A call waiting for an agent, its voicemail and its end, on the real host with the agents in.</summary>
public sealed class VoiceQueueTests(OpenLine line) : IClassFixture<OpenLine>
{
    private readonly TwilioWebhookPoster twilio = new(line.CreateClient());

    private async Task<XDocument> TwimlAsync(string path, Payload payload)
    {
        var response = await twilio.PostAsync(path, payload);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return TwimlAssert.Valid(await response.Content.ReadAsStringAsync(), TestAccount.PublicBaseUrl);
    }

    private async Task<string> QueuedCallAsync()
    {
        var (sid, caller) = line.NewCall();
        await TwimlAsync("/twilio/voice", VoiceLineFactory.Call("voice-incoming.form", sid, caller));
        await TwimlAsync("/twilio/voice/gather?turn=1&lang=en&silence=0", VoiceLineFactory.Call("voice-gather-digits.form", sid, caller));
        return sid;
    }

    [Fact]
    public async Task Wait_WithinTheLongestWait_TellsThePlaceInLineAndHolds()
    {
        var (sid, caller) = line.NewCall();

        var twiml = await TwimlAsync("/twilio/voice/wait?lang=en", VoiceLineFactory.Call("voice-queue-wait.form", sid, caller).With("QueuePosition", "3"));

        Assert.Equal(["Say", "Pause"], twiml.Root!.Elements().Select(e => e.Name.LocalName));
        Assert.Contains("number 3 in line", twiml.Root.Element("Say")!.Value);
    }

    [Fact]
    public async Task Wait_PastTheLongestWait_LeavesTheQueue()
    {
        var (sid, caller) = line.NewCall();

        var twiml = await TwimlAsync("/twilio/voice/wait?lang=en", VoiceLineFactory.Call("voice-queue-wait.form", sid, caller).With("QueueTime", "121"));

        Assert.Equal("Leave", Assert.Single(twiml.Root!.Elements()).Name.LocalName);
    }

    [Fact]
    public async Task Dequeued_Left_AsksForAVoicemailWithTranscription()
    {
        var sid = await QueuedCallAsync();
        var caller = (await line.Conversations.GetAsync(sid, CancellationToken.None))!.Address;

        var twiml = await TwimlAsync("/twilio/voice/dequeued?lang=en", VoiceLineFactory.Call("voice-dequeued.form", sid, caller));

        Assert.Contains("leave your name", twiml.Root!.Element("Say")!.Value);
        var record = twiml.Root.Element("Record")!;
        Assert.Equal($"{TestAccount.PublicBaseUrl}/twilio/voice/voicemail?lang=en", record.Attribute("action")!.Value);
        Assert.Equal($"{TestAccount.PublicBaseUrl}/twilio/voice/transcription", record.Attribute("transcribeCallback")!.Value);
    }

    [Fact]
    public async Task Voicemail_ThenTranscriptionOfAProblem_StoresBothOpensACaseAndTextsItsReference()
    {
        var sid = await QueuedCallAsync();
        var caller = (await line.Conversations.GetAsync(sid, CancellationToken.None))!.Address;
        var recording = VoiceLineFactory.Call("voice-recording.form", sid, caller).With("RecordingSid", $"RE{sid[2..]}");

        var thanks = await TwimlAsync("/twilio/voice/voicemail?lang=en", recording);
        var transcribed = await twilio.PostAsync("/twilio/voice/transcription",
            VoiceLineFactory.Call("voice-transcription.form", sid, caller).With("TranscriptionSid", $"TR{sid[2..]}"));

        Assert.Equal(["Say", "Hangup"], thanks.Root!.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(HttpStatusCode.NoContent, transcribed.StatusCode);
        var transcript = await line.TranscriptAsync(sid);
        var voicemail = Assert.Single(transcript, m => m.Text == "Voicemail (42 s)");
        Assert.Equal("audio/mpeg", Assert.Single(voicemail.Activity.Attachments!).ContentType);
        Assert.Contains(transcript, m => m.Direction == MessageDirection.Incoming && m.Text!.Contains("pothole on Elm Street"));
        var note = Assert.Single(transcript, m => m.Activity.Entities?.Any(e => e.Type == "case") == true);
        var reference = note.Activity.Entities!.Single(e => e.Type == "case").Properties!["reference"].GetString()!;
        var opened = await line.Services.GetRequiredService<ICaseService>().FindAsync(reference, CancellationToken.None);
        Assert.Equal(sid, opened!.ConversationId);
        var sms = await Eventually.FindAsync(() => line.Api.Received.FirstOrDefault(m => m.To == caller));
        Assert.Contains(reference, sms.Body);
    }

    [Fact]
    public async Task Transcription_RetriedWithTheSameSid_StoredOnceAndOneCase()
    {
        var sid = await QueuedCallAsync();
        var caller = (await line.Conversations.GetAsync(sid, CancellationToken.None))!.Address;
        var payload = VoiceLineFactory.Call("voice-transcription.form", sid, caller).With("TranscriptionSid", $"TR{sid[2..]}");

        await twilio.PostAsync("/twilio/voice/transcription", payload);
        await twilio.PostAsync("/twilio/voice/transcription", payload);

        var transcript = await line.TranscriptAsync(sid);
        Assert.Single(transcript, m => m.Direction == MessageDirection.Incoming && m.Text!.Contains("pothole"));
        Assert.Single(transcript, m => m.Activity.Entities?.Any(e => e.Type == "case") == true);
    }

    [Fact]
    public async Task Status_Completed_EndsTheCallOnceWithItsDurationAndClosesABotCall()
    {
        var (sid, caller) = line.NewCall();
        await TwimlAsync("/twilio/voice", VoiceLineFactory.Call("voice-incoming.form", sid, caller));
        var completed = VoiceLineFactory.Call("voice-status-completed.form", sid, caller);

        var first = await twilio.PostAsync("/twilio/voice/status", completed);
        var repeated = await twilio.PostAsync("/twilio/voice/status", completed);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, repeated.StatusCode);
        var call = await line.CallLog.GetAsync(sid, CancellationToken.None);
        Assert.Equal(193, call!.DurationSeconds);
        Assert.Equal("completed", call.Status);
        Assert.NotNull(call.EndedAt);
        Assert.Single(await line.TranscriptAsync(sid), m => m.Text == "Call ended (completed) after 3 min 13 s.");
        Assert.Equal(ConversationStatus.Resolved, (await line.Conversations.GetAsync(sid, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Status_CallerHungUpInTheQueue_StaysQueuedForACallBack()
    {
        var sid = await QueuedCallAsync();
        var caller = (await line.Conversations.GetAsync(sid, CancellationToken.None))!.Address;

        await twilio.PostAsync("/twilio/voice/dequeued?lang=en", VoiceLineFactory.Call("voice-dequeued.form", sid, caller).With("QueueResult", "hangup").With("QueueTime", "75"));
        await twilio.PostAsync("/twilio/voice/status", VoiceLineFactory.Call("voice-status-completed.form", sid, caller));

        Assert.Equal(ConversationStatus.Queued, (await line.Conversations.GetAsync(sid, CancellationToken.None))!.Status);
        Assert.Contains(await line.TranscriptAsync(sid), m => m.Text == "The caller hung up after waiting 1 min 15 s in the queue.");
    }
}
