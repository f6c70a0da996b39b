using System.Globalization;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Twilio.Voice;

/// <summary>
/// The absolute URLs of the call flow, on the public base URL Twilio calls (and signs): state the flow needs from one
/// webhook to the next (turn, language, silences) travels in the query, which the signature covers.
/// </summary>
public sealed class VoiceUrls(IOptions<TwilioOptions> options)
{
    public const string IncomingPath = "/twilio/voice";
    public const string GatherPath = "/twilio/voice/gather";
    public const string ReplyPath = "/twilio/voice/reply";
    public const string WaitPath = "/twilio/voice/wait";
    public const string DequeuedPath = "/twilio/voice/dequeued";
    public const string VoicemailPath = "/twilio/voice/voicemail";
    public const string TranscriptionPath = "/twilio/voice/transcription";
    public const string StatusPath = "/twilio/voice/status";

    public Uri Gather(int turn, string language, int silences) =>
        Build(GatherPath, $"turn={N(turn)}&lang={Uri.EscapeDataString(language)}&silence={N(silences)}");

    public Uri Reply(int turn, long sequence, string language) =>
        Build(ReplyPath, $"turn={N(turn)}&seq={N(sequence)}&lang={Uri.EscapeDataString(language)}");

    public Uri Wait(string language) => Build(WaitPath, $"lang={Uri.EscapeDataString(language)}");

    public Uri Dequeued(string language) => Build(DequeuedPath, $"lang={Uri.EscapeDataString(language)}");

    public Uri Voicemail(string language) => Build(VoicemailPath, $"lang={Uri.EscapeDataString(language)}");

    public Uri Transcription() => Build(TranscriptionPath, null);

    private Uri Build(string path, string? query) =>
        new($"{options.Value.PublicBaseUrl.TrimEnd('/')}{path}{(query is null ? "" : "?" + query)}", UriKind.Absolute);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
