using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Xml.Linq;
using CityCrm.Channels.Twilio.Tests.Support;
using CityCrm.Conversations.Model;
using CityCrm.Knowledge;
using CityCrm.Knowledge.Answers;

namespace CityCrm.Channels.Twilio.Tests.Voice;

/// <summary>A call with the bot on the real host, every webhook signed by the npm twilio library.</summary>
public sealed class VoiceCallTests(OpenLine line) : IClassFixture<OpenLine>
{
    private readonly TwilioWebhookPoster twilio = new(line.CreateClient());

    private async Task<XDocument> TwimlAsync(string path, Payload payload)
    {
        var response = await twilio.PostAsync(path, payload);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType!.MediaType);
        return TwimlAssert.Valid(await response.Content.ReadAsStringAsync(), TestAccount.PublicBaseUrl);
    }

    private Task<XDocument> SayAsync(string callSid, string caller, int turn, string words) =>
        TwimlAsync($"/twilio/voice/gather?turn={turn}&lang=en&silence=0",
            VoiceLineFactory.Call("voice-gather-speech.form", callSid, caller).With("SpeechResult", words));

    [Fact]
    public async Task Incoming_SignedCall_WelcomesAndListensForSpeechAndKeys()
    {
        var (sid, caller) = line.NewCall();

        var twiml = await TwimlAsync("/twilio/voice", VoiceLineFactory.Call("voice-incoming.form", sid, caller));

        var gather = Assert.Single(twiml.Root!.Elements());
        Assert.Equal("Gather", gather.Name.LocalName);
        Assert.Equal("speech dtmf", gather.Attribute("input")!.Value);
        Assert.Equal($"{TestAccount.PublicBaseUrl}/twilio/voice/gather?turn=1&lang=en&silence=0", gather.Attribute("action")!.Value);
        Assert.Contains("Riverton", gather.Element("Say")!.Value);
        Assert.Contains("Para español, oprima 2", gather.Element("Say")!.Value);
        var call = await line.CallLog.GetAsync(sid, CancellationToken.None);
        Assert.NotNull(call);
        Assert.Equal(caller, call!.Caller);
        Assert.Null(call.EndedAt);
        var conversation = await line.Conversations.GetAsync(sid, CancellationToken.None);
        Assert.Equal("voice", conversation!.ChannelId);
    }

    [Fact]
    public async Task Incoming_UnsignedOrTampered_403AndNothingStored()
    {
        var (sid, caller) = line.NewCall();
        var payload = VoiceLineFactory.Call("voice-incoming.form", sid, caller);

        var unsigned = await twilio.PostAsync("/twilio/voice", payload, sign: false);
        var tampered = await twilio.PostAsync("/twilio/voice", payload, sent: payload.With("From", "+15555550999"));
        var wrongUrl = await twilio.PostAsync("/twilio/voice", payload, signedUrl: "https://elsewhere.example/twilio/voice");

        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongUrl.StatusCode);
        Assert.Null(await line.Conversations.GetAsync(sid, CancellationToken.None));
        Assert.Null(await line.CallLog.GetAsync(sid, CancellationToken.None));
    }

    [Fact]
    public async Task Incoming_NumberThatTakesNoCalls_404()
    {
        var (sid, caller) = line.NewCall();
        var payload = VoiceLineFactory.Call("voice-incoming.form", sid, caller).With("To", TestAccount.OtherNumber).With("AccountSid", TestAccount.OtherAccountSid);

        var response = await twilio.PostAsync("/twilio/voice", payload, authToken: TestAccount.OtherAuthToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Null(await line.Conversations.GetAsync(sid, CancellationToken.None));
    }

    [Fact]
    public async Task Gather_Question_SpeaksTheArticlesSpokenAnswerThenAsksAgain()
    {
        var (sid, caller) = line.NewCall();
        await TwimlAsync("/twilio/voice", VoiceLineFactory.Call("voice-incoming.form", sid, caller));

        var twiml = await SayAsync(sid, caller, 1, "When is my trash picked up?");

        var article = await line.Services.GetRequiredService<IArticleStore>().GetAsync("trash-pickup", CancellationToken.None);
        var gather = Assert.Single(twiml.Root!.Elements());
        Assert.Equal("Gather", gather.Name.LocalName);
        Assert.Equal($"{TestAccount.PublicBaseUrl}/twilio/voice/gather?turn=2&lang=en&silence=0", gather.Attribute("action")!.Value);
        var spoken = gather.Element("Say")!.Value;
        Assert.StartsWith(ChannelAnswerComposer.Voice(article!), spoken);
        Assert.Contains("say text me", spoken);
        Assert.EndsWith("Is there anything else I can help you with?", spoken);
        Assert.DoesNotContain("http", spoken);
        var heard = Assert.Single(await line.TranscriptAsync(sid), m => m.Direction == MessageDirection.Incoming);
        Assert.Equal("When is my trash picked up?", heard.Text);
        Assert.Equal($"{sid}:1", heard.ExternalId);
    }

    [Fact]
    public async Task Gather_SameTurnRetried_StoredOnceAndAnsweredAlike()
    {
        var (sid, caller) = line.NewCall();
        await TwimlAsync("/twilio/voice", VoiceLineFactory.Call("voice-incoming.form", sid, caller));

        var first = await SayAsync(sid, caller, 1, "How do I pay a parking ticket?");
        var retry = await SayAsync(sid, caller, 1, "How do I pay a parking ticket?");

        Assert.Equal(first.ToString(), retry.ToString());
        var transcript = await line.TranscriptAsync(sid);
        Assert.Single(transcript, m => m.Direction == MessageDirection.Incoming);
        Assert.Single(transcript, m => m.Direction == MessageDirection.Outgoing);
    }

    [Fact]
    public async Task Gather_TextMeAfterAnAnswer_TextsTheArticleLinkToTheCallerThroughTwilio()
    {
        var (sid, caller) = line.NewCall();
        await TwimlAsync("/twilio/voice", VoiceLineFactory.Call("voice-incoming.form", sid, caller));
        await SayAsync(sid, caller, 1, "When is my trash picked up?");

        var twiml = await SayAsync(sid, caller, 2, "Text me");

        Assert.Contains("I've sent it to your phone by text message", twiml.Root!.Element("Gather")!.Element("Say")!.Value);
        var sent = await Eventually.FindAsync(() => line.Api.Received.FirstOrDefault(m => m.To == caller));
        Assert.Equal(TestAccount.Number, sent.From);
        Assert.Contains("/kb/trash-pickup", sent.Body);
    }

    [Fact]
    public async Task Gather_KeyZero_HandsTheCallToTheAgentsQueue()
    {
        var (sid, caller) = line.NewCall();
        await TwimlAsync("/twilio/voice", VoiceLineFactory.Call("voice-incoming.form", sid, caller));

        var twiml = await TwimlAsync("/twilio/voice/gather?turn=1&lang=en&silence=0", VoiceLineFactory.Call("voice-gather-digits.form", sid, caller));

        Assert.Contains("connect you with a member of our 311 team", twiml.Root!.Element("Say")!.Value);
        var enqueue = twiml.Root.Element("Enqueue")!;
        Assert.Equal("riverton-311", enqueue.Value);
        Assert.Equal($"{TestAccount.PublicBaseUrl}/twilio/voice/wait?lang=en", enqueue.Attribute("waitUrl")!.Value);
        Assert.Equal($"{TestAccount.PublicBaseUrl}/twilio/voice/dequeued?lang=en", enqueue.Attribute("action")!.Value);
        var conversation = await line.Conversations.GetAsync(sid, CancellationToken.None);
        Assert.Equal(ConversationStatus.Queued, conversation!.Status);
    }

    [Fact]
    public async Task Gather_SilenceTwice_SaysGoodbyeAndHangsUp()
    {
        var (sid, caller) = line.NewCall();

        var first = await TwimlAsync("/twilio/voice/gather?turn=1&lang=en&silence=0", VoiceLineFactory.Call("voice-gather-empty.form", sid, caller));
        var second = await TwimlAsync("/twilio/voice/gather?turn=1&lang=en&silence=1", VoiceLineFactory.Call("voice-gather-empty.form", sid, caller));

        Assert.Equal($"{TestAccount.PublicBaseUrl}/twilio/voice/gather?turn=1&lang=en&silence=1", first.Root!.Element("Gather")!.Attribute("action")!.Value);
        Assert.Equal(["Say", "Hangup"], second.Root!.Elements().Select(e => e.Name.LocalName));
        Assert.Null(await line.Conversations.GetAsync(sid, CancellationToken.None));
    }

    [Fact]
    public async Task Gather_KeyTwo_WelcomesAgainInSpanish()
    {
        var (sid, caller) = line.NewCall();

        var twiml = await TwimlAsync("/twilio/voice/gather?turn=1&lang=en&silence=0",
            VoiceLineFactory.Call("voice-gather-digits.form", sid, caller).With("Digits", "2"));

        var gather = twiml.Root!.Element("Gather")!;
        Assert.Equal("es-US", gather.Attribute("language")!.Value);
        Assert.Contains("lang=es", gather.Attribute("action")!.Value);
        Assert.Contains("Gracias por llamar", gather.Element("Say")!.Value);
    }

    [Fact]
    public async Task Incoming_CallerChoseSpanishOnAnEarlierCall_WelcomesInSpanishAndOffersEnglish()
    {
        var (first, caller) = line.NewCall();
        await TwimlAsync("/twilio/voice", VoiceLineFactory.Call("voice-incoming.form", first, caller));
        await TwimlAsync("/twilio/voice/gather?turn=1&lang=en&silence=0",
            VoiceLineFactory.Call("voice-gather-digits.form", first, caller).With("Digits", "2"));
        var (second, _) = line.NewCall();

        var twiml = await TwimlAsync("/twilio/voice", VoiceLineFactory.Call("voice-incoming.form", second, caller));

        var gather = twiml.Root!.Element("Gather")!;
        Assert.Equal("es-US", gather.Attribute("language")!.Value);
        Assert.Equal($"{TestAccount.PublicBaseUrl}/twilio/voice/gather?turn=1&lang=es&silence=0", gather.Attribute("action")!.Value);
        Assert.StartsWith("Gracias por llamar", gather.Element("Say")!.Value);
        Assert.Contains("For English, press 2", gather.Element("Say")!.Value);
    }

    [Fact]
    public async Task Incoming_NewCaller_WelcomesInEnglish()
    {
        var (sid, caller) = line.NewCall();

        var twiml = await TwimlAsync("/twilio/voice", VoiceLineFactory.Call("voice-incoming.form", sid, caller));

        Assert.Equal("en-US", twiml.Root!.Element("Gather")!.Attribute("language")!.Value);
    }
}
