using System.Globalization;
using CityCrm.Channels.Schema;
using CityCrm.Channels.Twilio.Security;
using CityCrm.Conversations.Calls;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Twilio.Voice;

/// <summary>
/// A call the bot handed over: hold announcements while it waits for an agent, voicemail when nobody answers in time,
/// the voicemail and its transcription stored in the call's conversation (and a case when it reports a problem),
/// and the call's end with its duration.
/// </summary>
public sealed class VoiceQueueFlow(
    ConversationService conversations,
    ICallLog calls,
    VoicemailIntake intake,
    VoiceLines lines,
    VoiceReplies replies,
    IOptions<VoiceOptions> options,
    IOptions<Conversations.ConversationOptions> conversationOptions,
    TimeProvider clock)
{
    private static readonly HashSet<string> FinalStatuses = new(StringComparer.Ordinal) { "completed", "busy", "no-answer", "failed", "canceled" };
    private static readonly HashSet<string> NoAgentResults = new(StringComparer.Ordinal) { "leave", "queue-full", "error", "system-error" };

    /// <summary>Twilio's hold music request, repeated while the caller waits: their place in line, or voicemail after the longest wait.</summary>
    public IResult Wait(TwilioRequest request, string language)
    {
        var code = lines.Code(language);
        var waited = Int(request["QueueTime"]) ?? 0;
        if (waited >= options.Value.MaxQueueWaitSeconds)
            return Xml(new VoiceTwiml().Leave());
        var hold = lines.Say(code).Hold.Replace("{position}", (Int(request["QueuePosition"]) ?? 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return Xml(new VoiceTwiml().Say(hold, lines.Speech(code)).Pause(options.Value.HoldPauseSeconds));
    }

    /// <summary>The caller left the queue: bridged to an agent, hung up, or sent on to voicemail.</summary>
    public async Task<IResult> DequeuedAsync(TwilioRequest request, string language, CancellationToken cancellationToken)
    {
        var code = lines.Code(language);
        var result = request["QueueResult"] ?? "";
        if (NoAgentResults.Contains(result))
            return Xml(replies.Voicemail(new VoiceTwiml().Say(lines.Say(code).Busy, lines.Speech(code)), code));
        if (result == "hangup" && await CallConversationAsync(request, cancellationToken) is { } conversation)
            await NoteAsync(conversation, $"The caller hung up after waiting {Duration(Int(request["QueueTime"]) ?? 0)} in the queue.", cancellationToken);
        return TwimlResults.Empty();
    }

    /// <summary>A voicemail was recorded: it becomes the caller's message, with the recording attached.</summary>
    public async Task<IResult> VoicemailAsync(TwilioRequest request, string language, CancellationToken cancellationToken)
    {
        var code = lines.Code(language);
        var conversation = await CallConversationAsync(request, cancellationToken);
        if (conversation is null || request["RecordingUrl"] is not { } recording || request["RecordingSid"] is not { } recordingSid)
            return Xml(new VoiceTwiml().Say(lines.Say(code).Goodbye, lines.Speech(code)).Hangup());
        var seconds = Int(request["RecordingDuration"]) ?? 0;
        var activity = Incoming(conversation, $"Voicemail ({Duration(seconds)})");
        activity.Attachments = [new Attachment { ContentType = "audio/mpeg", ContentUrl = $"{recording}.mp3", Name = "voicemail.mp3" }];
        await StoreAsync(conversation, recordingSid, activity, cancellationToken);
        return Xml(new VoiceTwiml().Say(lines.Say(code).VoicemailThanks, lines.Speech(code)).Hangup());
    }

    /// <summary>The voicemail's transcription: stored as the caller's words, and read for a problem to open a case for.</summary>
    public async Task<IResult> TranscriptionAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        var conversation = await CallConversationAsync(request, cancellationToken);
        if (conversation is null)
            return TypedResults.NoContent();
        var text = request["TranscriptionText"]?.Trim();
        if (request["TranscriptionStatus"] != "completed" || string.IsNullOrEmpty(text))
        {
            await NoteAsync(conversation, "The voicemail could not be transcribed; listen to the recording.", cancellationToken);
            return TypedResults.NoContent();
        }
        var id = request["TranscriptionSid"] ?? $"{request["RecordingSid"]}:transcription";
        var stored = await StoreAsync(conversation, id, Incoming(conversation, text), cancellationToken);
        if (!stored.Duplicate)
            await intake.OpenCaseIfProblemAsync(stored.Conversation, text, null, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Twilio's call status callback: a final status closes the call once, with its duration.</summary>
    public async Task<IResult> StatusAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        var status = request["CallStatus"] ?? "";
        if (!FinalStatuses.Contains(status) || request["CallSid"] is not { } callSid)
            return TypedResults.NoContent();
        var duration = Int(request["CallDuration"]);
        if (!await calls.EndAsync(callSid, status, duration, clock.GetUtcNow(), cancellationToken))
            return TypedResults.NoContent();
        if (await conversations.GetAsync(callSid, cancellationToken) is not { } conversation)
            return TypedResults.NoContent();
        await NoteAsync(conversation, $"Call ended ({status}) after {Duration(duration ?? 0)}.", cancellationToken);
        // A call the bot kept to itself is over with the call; one waiting for an agent stays for a call back.
        if (conversation.Status == ConversationStatus.BotOwned)
            await conversations.ResolveAsync(conversation.Id, "call ended", cancellationToken);
        return TypedResults.NoContent();
    }

    private async Task<InboundResult> StoreAsync(Conversation conversation, string externalId, Activity activity, CancellationToken cancellationToken)
    {
        // A voicemail is for an agent: the call is handed over first, so the bot never answers it.
        if (conversation.Status == ConversationStatus.BotOwned)
            conversation = await conversations.HandOffAsync(conversation.Id, "Voicemail", cancellationToken);
        return await conversations.ReceiveAsync(
            new InboundActivity(conversation.InboxId, conversation.Address, conversation.Id, externalId, activity), cancellationToken);
    }

    private async Task<Conversation?> CallConversationAsync(TwilioRequest request, CancellationToken cancellationToken) =>
        request["CallSid"] is { } callSid ? await conversations.GetAsync(callSid, cancellationToken) : null;

    private Task NoteAsync(Conversation conversation, string text, CancellationToken cancellationToken) =>
        conversations.SendAsync(conversation.Id, new OutgoingMessage(AuthorKind.System, "system", conversationOptions.Value.BotName, text), cancellationToken);

    private Activity Incoming(Conversation conversation, string text) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelIds.Voice,
        Timestamp = clock.GetUtcNow(),
        From = new ChannelAccount(conversation.Address, null, "user"),
        Conversation = new ConversationAccount(conversation.Id),
        Text = text,
    };

    private static string Duration(int seconds) =>
        seconds >= 60 ? $"{seconds / 60} min {seconds % 60} s" : $"{seconds} s";

    private static int? Int(string? value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static IResult Xml(VoiceTwiml twiml) => TwimlResults.Xml(twiml.ToString());
}
