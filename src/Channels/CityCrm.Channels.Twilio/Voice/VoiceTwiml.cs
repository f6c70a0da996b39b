using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CityCrm.Channels.Twilio.Voice;

/// <summary>
/// Builds one TwiML voice response, verb by verb. Text is XML-escaped by construction, so a caller's or an
/// article's words can never add verbs; URLs are written as given and must be absolute.
/// </summary>
public sealed class VoiceTwiml
{
    private readonly XElement response = new("Response");

    /// <summary>Speaks <paramref name="text"/> in <paramref name="speech"/>'s language and voice.</summary>
    public VoiceTwiml Say(string text, VoiceSpeech speech)
    {
        response.Add(SayElement(text, speech));
        return this;
    }

    /// <summary>
    /// Listens for speech or keys after <paramref name="prompt"/>, then posts what it heard (or nothing, after
    /// <paramref name="timeoutSeconds"/> of silence) to <paramref name="action"/>.
    /// </summary>
    public VoiceTwiml Gather(Uri action, VoiceSpeech speech, string prompt, int timeoutSeconds)
    {
        response.Add(new XElement("Gather",
            new XAttribute("input", "speech dtmf"),
            new XAttribute("action", Absolute(action)),
            new XAttribute("method", "POST"),
            new XAttribute("language", speech.Language),
            new XAttribute("speechTimeout", "auto"),
            new XAttribute("timeout", timeoutSeconds.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("actionOnEmptyResult", "true"),
            SayElement(prompt, speech)));
        return this;
    }

    /// <summary>Puts the caller in queue <paramref name="queue"/>, with hold TwiML from <paramref name="waitUrl"/>; <paramref name="action"/> hears how it ended.</summary>
    public VoiceTwiml Enqueue(string queue, Uri waitUrl, Uri action)
    {
        response.Add(new XElement("Enqueue",
            new XAttribute("action", Absolute(action)),
            new XAttribute("method", "POST"),
            new XAttribute("waitUrl", Absolute(waitUrl)),
            new XAttribute("waitUrlMethod", "POST"),
            queue));
        return this;
    }

    /// <summary>Takes the caller out of the queue (in hold TwiML): the Enqueue's action is called with QueueResult "leave".</summary>
    public VoiceTwiml Leave()
    {
        response.Add(new XElement("Leave"));
        return this;
    }

    /// <summary>Records a voicemail after a beep, posts it to <paramref name="action"/> and its transcription to <paramref name="transcribeCallback"/>.</summary>
    public VoiceTwiml Record(Uri action, Uri transcribeCallback, int maxLengthSeconds)
    {
        response.Add(new XElement("Record",
            new XAttribute("action", Absolute(action)),
            new XAttribute("method", "POST"),
            new XAttribute("maxLength", maxLengthSeconds.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("playBeep", "true"),
            new XAttribute("finishOnKey", "#"),
            new XAttribute("transcribe", "true"),
            new XAttribute("transcribeCallback", Absolute(transcribeCallback))));
        return this;
    }

    public VoiceTwiml Redirect(Uri url)
    {
        response.Add(new XElement("Redirect", new XAttribute("method", "POST"), Absolute(url)));
        return this;
    }

    public VoiceTwiml Pause(int seconds)
    {
        response.Add(new XElement("Pause", new XAttribute("length", seconds.ToString(CultureInfo.InvariantCulture))));
        return this;
    }

    public VoiceTwiml Hangup()
    {
        response.Add(new XElement("Hangup"));
        return this;
    }

    /// <summary>The document, UTF-8, with its declaration.</summary>
    public override string ToString()
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
            new XDocument(new XDeclaration("1.0", "UTF-8", null), response).Save(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static XElement SayElement(string text, VoiceSpeech speech)
    {
        var say = new XElement("Say", new XAttribute("language", speech.Language), text);
        if (!string.IsNullOrEmpty(speech.Voice))
            say.Add(new XAttribute("voice", speech.Voice));
        return say;
    }

    private static string Absolute(Uri url) =>
        url.IsAbsoluteUri ? url.AbsoluteUri : throw new ArgumentException($"TwiML URLs must be absolute: {url}", nameof(url));
}
