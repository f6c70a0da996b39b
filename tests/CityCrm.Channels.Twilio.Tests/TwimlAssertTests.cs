using CityCrm.Channels.Twilio.Tests.Support;
using Xunit.Sdk;

namespace CityCrm.Channels.Twilio.Tests;

/// <summary>The TwiML checker itself: it must pass what Twilio accepts and catch what Twilio would reject.</summary>
public sealed class TwimlAssertTests
{
    private const string Base = "https://311.riverton.example";

    [Fact]
    public void Valid_EveryVoiceVerbAsTwilioDocumentsIt_Passes()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Response>
              <Say voice="Polly.Joanna" language="en-US">Welcome to Riverton 311.</Say>
              <Play loop="1">https://311.riverton.example/audio/welcome.mp3</Play>
              <Pause length="1"/>
              <Gather input="speech dtmf" action="https://311.riverton.example/twilio/voice/answer?lang=en" method="POST" timeout="5" speechTimeout="auto" language="en-US" numDigits="1">
                <Say>Ask your question, or press 0 for an agent.</Say>
              </Gather>
              <Enqueue action="https://311.riverton.example/twilio/voice/queue-left" waitUrl="https://311.riverton.example/twilio/voice/wait" method="POST">support</Enqueue>
              <Record action="https://311.riverton.example/twilio/voice/voicemail" maxLength="120" playBeep="true" transcribe="true" transcribeCallback="https://311.riverton.example/twilio/voice/transcription"/>
              <Dial callerId="+15555550311" timeout="20"><Number>+15555550123</Number><Queue url="https://311.riverton.example/twilio/voice/whisper">support</Queue></Dial>
              <Redirect method="POST">https://311.riverton.example/twilio/voice</Redirect>
              <Leave/>
              <Hangup/>
            </Response>
            """;

        var document = TwimlAssert.Valid(xml, Base);

        Assert.Equal(10, document.Root!.Elements().Count());
    }

    [Fact]
    public void Valid_MessageWithBodyAndMedia_Passes()
    {
        const string xml = """<Response><Message to="+15555550123"><Body>Case R-100001 is open.</Body><Media>https://311.riverton.example/map.png</Media></Message></Response>""";

        TwimlAssert.Valid(xml, Base);
    }

    [Theory]
    [InlineData("<Reply/>", "root")]
    [InlineData("<Response><Speak>hi</Speak></Response>", "Speak")]
    [InlineData("<Response><Say colour=\"blue\">hi</Say></Response>", "colour")]
    [InlineData("<Response><Gather action=\"/twilio/voice/answer\"/></Response>", "absolute")]
    [InlineData("<Response><Redirect>twilio/voice</Redirect></Response>", "absolute")]
    [InlineData("<Response><Gather action=\"https://evil.example/x\"/></Response>", "public URL")]
    [InlineData("<Response><Gather method=\"PUT\" action=\"https://311.riverton.example/x\"/></Response>", "GET or POST")]
    [InlineData("<Response><Gather input=\"keys\" action=\"https://311.riverton.example/x\"/></Response>", "dtmf")]
    [InlineData("<Response><Gather><Dial>+15555550123</Dial></Gather></Response>", "Dial")]
    [InlineData("<Response><Pause length=\"soon\"/></Response>", "whole number")]
    [InlineData("<Response><Hangup>now</Hangup></Response>", "no text")]
    [InlineData("<Response><Say>unclosed</Response>", "well-formed")]
    public void Valid_WhatTwilioWouldRejectOrMisread_Fails(string xml, string reason)
    {
        var failure = Assert.ThrowsAny<XunitException>(() => TwimlAssert.Valid(xml, Base));

        Assert.Contains(reason, failure.Message);
    }
}
