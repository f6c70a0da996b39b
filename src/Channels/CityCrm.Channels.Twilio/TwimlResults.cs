using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.Channels.Twilio;

/// <summary>TwiML answers to Twilio's webhooks (text/xml, UTF-8).</summary>
public static class TwimlResults
{
    /// <summary>A response that tells Twilio to do nothing more: the message is taken, any reply goes out by REST.</summary>
    public const string EmptyDocument = """<?xml version="1.0" encoding="UTF-8"?><Response/>""";

    public static ContentHttpResult Empty() => Xml(EmptyDocument);

    /// <summary>A TwiML document built by the caller.</summary>
    public static ContentHttpResult Xml(string document) => TypedResults.Text(document, "text/xml", Encoding.UTF8);
}
