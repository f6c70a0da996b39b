using CityCrm.Channels.Twilio.Security;
using CityCrm.Channels.Twilio.Voice;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CityCrm.Channels.Twilio;

/// <summary>
/// Twilio's voice webhooks: the incoming call, each answer to a question, the hold loop, the queue's end, the voicemail,
/// its transcription and the call's status. All are signed by Twilio and checked (against our number, the <c>To</c>
/// of an incoming call) before anything is stored; all but the last two answer with TwiML.
/// </summary>
public static class TwilioVoiceApi
{
    public static IEndpointRouteBuilder MapTwilioVoice(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("").WithTags("Twilio voice");
        Map(group, VoiceUrls.IncomingPath, (HttpContext c, VoiceCallFlow flow, CancellationToken ct) =>
            flow.IncomingAsync(c.GetTwilioRequest(), ct));
        Map(group, VoiceUrls.GatherPath, (HttpContext c, VoiceCallFlow flow, int? turn, string? lang, int? silence, CancellationToken ct) =>
            flow.GatherAsync(c.GetTwilioRequest(), Math.Max(turn ?? 1, 1), lang ?? "en", Math.Max(silence ?? 0, 0), ct));
        Map(group, VoiceUrls.ReplyPath, (HttpContext c, VoiceCallFlow flow, int? turn, long? seq, string? lang, CancellationToken ct) =>
            flow.ReplyAsync(c.GetTwilioRequest(), Math.Max(turn ?? 1, 1), seq ?? 0, lang ?? "en", ct));
        Map(group, VoiceUrls.WaitPath, (HttpContext c, VoiceQueueFlow flow, string? lang) =>
            Task.FromResult(flow.Wait(c.GetTwilioRequest(), lang ?? "en")));
        Map(group, VoiceUrls.DequeuedPath, (HttpContext c, VoiceQueueFlow flow, string? lang, CancellationToken ct) =>
            flow.DequeuedAsync(c.GetTwilioRequest(), lang ?? "en", ct));
        Map(group, VoiceUrls.VoicemailPath, (HttpContext c, VoiceQueueFlow flow, string? lang, CancellationToken ct) =>
            flow.VoicemailAsync(c.GetTwilioRequest(), lang ?? "en", ct));
        Map(group, VoiceUrls.TranscriptionPath, (HttpContext c, VoiceQueueFlow flow, CancellationToken ct) =>
            flow.TranscriptionAsync(c.GetTwilioRequest(), ct));
        Map(group, VoiceUrls.StatusPath, (HttpContext c, VoiceQueueFlow flow, CancellationToken ct) =>
            flow.StatusAsync(c.GetTwilioRequest(), ct));
        return endpoints;
    }

    private static void Map(RouteGroupBuilder group, string path, Delegate handler) =>
        group.MapPost(path, handler).RequireTwilioSignature(TwilioNumberField.To).ExcludeFromDescription();
}
