using CityCrm.Channels.Twilio.Tests.Support;
using CityCrm.Channels.Twilio.Voice;

namespace CityCrm.Channels.Twilio.Tests.Voice;

public class VoiceTwimlTests
{
    private static readonly VoiceSpeech English = new("en", "en-US", "Polly.Joanna");
    private static readonly Uri Base = new("https://311.riverton.example/");

    [Fact]
    public void ToString_EveryVerbTheLineUses_IsValidTwimlPointingAtThePublicUrl()
    {
        var twiml = new VoiceTwiml()
            .Say("Hello", English)
            .Gather(new Uri(Base, "twilio/voice/gather?turn=2&lang=en&silence=0"), English, "How can I help you?", 6)
            .Enqueue("riverton-311", new Uri(Base, "twilio/voice/wait?lang=en"), new Uri(Base, "twilio/voice/dequeued?lang=en"))
            .Leave()
            .Record(new Uri(Base, "twilio/voice/voicemail?lang=en"), new Uri(Base, "twilio/voice/transcription"), 120)
            .Pause(20)
            .Redirect(new Uri(Base, "twilio/voice/reply?turn=2&seq=5&lang=en"))
            .Hangup()
            .ToString();

        var document = TwimlAssert.Valid(twiml, "https://311.riverton.example");

        var gather = document.Root!.Element("Gather")!;
        Assert.Equal("speech dtmf", gather.Attribute("input")!.Value);
        Assert.Equal("https://311.riverton.example/twilio/voice/gather?turn=2&lang=en&silence=0", gather.Attribute("action")!.Value);
        Assert.Equal("How can I help you?", gather.Element("Say")!.Value);
        Assert.Equal("riverton-311", document.Root.Element("Enqueue")!.Value);
        Assert.Equal("true", document.Root.Element("Record")!.Attribute("transcribe")!.Value);
    }

    [Fact]
    public async Task ToString_MarkupInSpokenText_StaysTextForTwilioAsForFastXmlParser()
    {
        var hostile = "</Say><Hangup/><Say>& \"quotes\" <b>bold</b>";

        var twiml = new VoiceTwiml().Say(hostile, English).ToString();

        var document = TwimlAssert.Valid(twiml);
        Assert.Single(document.Root!.Elements());
        Assert.Equal(hostile, document.Root.Element("Say")!.Value);
        var parsed = await NodeTwilio.ParseTwimlAsync(twiml);
        Assert.NotNull(parsed);
        var response = parsed!["Response"]!.AsObject();
        Assert.False(response.ContainsKey("Hangup"), parsed.ToJsonString());
        Assert.True(response.ContainsKey("Say"), parsed.ToJsonString());
    }

    [Fact]
    public void Gather_RelativeActionUrl_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new VoiceTwiml().Gather(new Uri("/twilio/voice/gather", UriKind.Relative), English, "Hi", 5));
    }

    [Fact]
    public void Say_WithoutVoice_LeavesTheVoiceToTwilio()
    {
        var twiml = new VoiceTwiml().Say("Hola", new VoiceSpeech("es", "es-US", "")).ToString();

        var say = TwimlAssert.Valid(twiml).Root!.Element("Say")!;
        Assert.Equal("es-US", say.Attribute("language")!.Value);
        Assert.Null(say.Attribute("voice"));
    }
}
