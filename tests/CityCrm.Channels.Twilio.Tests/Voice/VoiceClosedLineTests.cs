using System.Net;
using CityCrm.Channels.Twilio.Tests.Support;
using CityCrm.Conversations.Model;

namespace CityCrm.Channels.Twilio.Tests.Voice;

/// <summary>Asking for a person when the agents are out: the line says when they answer and takes a voicemail.</summary>
public sealed class VoiceClosedLineTests(ClosedLine line) : IClassFixture<ClosedLine>
{
    private readonly TwilioWebhookPoster twilio = new(line.CreateClient());

    [Fact]
    public async Task Gather_AgentOutsideOpeningHours_SaysTheHoursAndRecordsAVoicemail()
    {
        var (sid, caller) = line.NewCall();
        var call = VoiceLineFactory.Call("voice-gather-speech.form", sid, caller);

        var response = await twilio.PostAsync("/twilio/voice/gather?turn=1&lang=en&silence=0", call.With("SpeechResult", "Agent"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var twiml = TwimlAssert.Valid(await response.Content.ReadAsStringAsync(), TestAccount.PublicBaseUrl);
        Assert.Null(twiml.Root!.Element("Enqueue"));
        Assert.Contains(twiml.Root.Elements("Say"), s => s.Value.Contains("every weekday from 8 to 6"));
        Assert.Equal($"{TestAccount.PublicBaseUrl}/twilio/voice/voicemail?lang=en", twiml.Root.Element("Record")!.Attribute("action")!.Value);
        Assert.Equal(ConversationStatus.Queued, (await line.Conversations.GetAsync(sid, CancellationToken.None))!.Status);
    }
}
