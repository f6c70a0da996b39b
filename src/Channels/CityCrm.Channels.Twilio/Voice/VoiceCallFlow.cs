using CityCrm.Channels.Schema;
using CityCrm.Channels.Twilio.Phone;
using CityCrm.Channels.Twilio.Security;
using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Calls;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Twilio.Voice;

/// <summary>
/// A call with the bot: the welcome, then each thing the caller says (or keys) is stored like any resident's message,
/// answered by the same bot turn as a chat, and the answer is spoken back with another question. The call is its own
/// conversation (its id is the CallSid), on the phone line's inbox, with the caller's contact.
/// </summary>
public sealed class VoiceCallFlow(
    ConversationService conversations,
    IConversationStore store,
    ICallLog calls,
    BotTurnSignals turns,
    VoiceLines lines,
    VoiceUrls urls,
    VoiceReplies replies,
    Conversations.Contacts.ContactLanguage contactLanguage,
    IOptions<VoiceOptions> voiceOptions,
    IOptions<TwilioOptions> twilioOptions,
    IOptions<Conversations.ConversationOptions> conversationOptions,
    TimeProvider clock)
{
    /// <summary>A call just reached one of our numbers.</summary>
    public async Task<IResult> IncomingAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        if (Open(request) is not { } call)
            return TwilioProblems.NotOurNumber(request["To"]);
        var conversation = await conversations.OpenAsync(call.InboxId, call.Caller, call.CallSid, cancellationToken);
        await calls.StartAsync(new PhoneCall(call.CallSid, conversation.Id, call.InboxId, call.Caller, clock.GetUtcNow(), null, null,
            request["CallStatus"] ?? "in-progress"), cancellationToken);
        var contact = await store.GetContactAsync(conversation.ContactId, cancellationToken);
        return Welcome(lines.Code(contact?.Language), includeOtherLanguage: true);
    }

    /// <summary>What the caller said or keyed after a question (or nothing, after the silence timeout).</summary>
    public async Task<IResult> GatherAsync(TwilioRequest request, int turn, string language, int silences, CancellationToken cancellationToken)
    {
        if (Open(request) is not { } call)
            return TwilioProblems.NotOurNumber(request["To"]);
        var code = lines.Code(language);
        var say = lines.Say(code);
        var speech = lines.Speech(code);
        var keyed = VoiceInput.FromDigits(request["Digits"], code);
        if (keyed.SwitchLanguage is { } other)
        {
            // The choice is remembered, so the next call (and the texts we send) start in that language.
            var switched = await conversations.OpenAsync(call.InboxId, call.Caller, call.CallSid, cancellationToken);
            await contactLanguage.RememberAsync(switched.ContactId, lines.Code(other), cancellationToken);
            return Welcome(lines.Code(other), includeOtherLanguage: false);
        }
        if (keyed.Unknown)
            return Xml(new VoiceTwiml().Gather(urls.Gather(turn, code, silences), speech, say.UnknownKey, voiceOptions.Value.GatherTimeoutSeconds));
        var text = keyed.Text ?? request["SpeechResult"]?.Trim();
        if (string.IsNullOrEmpty(text))
            return Silence(turn, code, silences + 1);

        var conversation = await conversations.OpenAsync(call.InboxId, call.Caller, call.CallSid, cancellationToken);
        using var watch = turns.Watch(conversation.Id);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = ChannelIds.Voice,
            Timestamp = clock.GetUtcNow(),
            From = new ChannelAccount(call.Caller, null, "user"),
            Recipient = new ChannelAccount(call.Number, null, "bot"),
            Conversation = new ConversationAccount(conversation.Id),
            Text = text,
            Locale = speech.Language,
        };
        // One gather is one turn: a webhook Twilio retries is stored once and answered again from the transcript.
        var stored = await conversations.ReceiveAsync(
            new InboundActivity(call.InboxId, call.Caller, conversation.Id, $"{call.CallSid}:{turn}", activity), cancellationToken);
        return await AnswerAsync(watch, stored.Conversation.Status, turn, stored.Message.Sequence, code, cancellationToken);
    }

    /// <summary>Twilio came back for an answer the bot had not finished when it first asked.</summary>
    public async Task<IResult> ReplyAsync(TwilioRequest request, int turn, long sequence, string language, CancellationToken cancellationToken)
    {
        if (Open(request) is not { } call)
            return TwilioProblems.NotOurNumber(request["To"]);
        var conversation = await conversations.GetAsync(call.CallSid, cancellationToken);
        if (conversation is null)
            return TwilioProblems.BadRequest("The call has no conversation.");
        using var watch = turns.Watch(conversation.Id);
        return await AnswerAsync(watch, conversation.Status, turn, sequence, lines.Code(language), cancellationToken);
    }

    private async Task<IResult> AnswerAsync(TurnWatch watch, ConversationStatus status, int turn, long sequence, string code, CancellationToken cancellationToken)
    {
        var answered = status != ConversationStatus.BotOwned
            || await replies.AnsweredAsync(watch.ConversationId, sequence, cancellationToken)
            || await watch.WaitAsync(sequence, TimeSpan.FromSeconds(voiceOptions.Value.AnswerWaitSeconds), cancellationToken);
        if (!answered)
            return Xml(new VoiceTwiml().Say(lines.Say(code).OneMoment, lines.Speech(code)).Redirect(urls.Reply(turn, sequence, code)));
        return Xml(await replies.AfterAsync(watch.ConversationId, sequence, turn, code, cancellationToken));
    }

    private IResult Welcome(string code, bool includeOtherLanguage)
    {
        var say = lines.Say(code);
        var welcome = say.Welcome.Replace("{city}", conversationOptions.Value.CityName, StringComparison.Ordinal);
        if (includeOtherLanguage && lines.Code(VoiceInput.OtherLanguageOf(code)) != code)
            welcome = $"{welcome} {lines.Say(VoiceInput.OtherLanguageOf(code)).OtherLanguage}";
        return Xml(new VoiceTwiml().Gather(urls.Gather(1, code, 0), lines.Speech(code), welcome, voiceOptions.Value.GatherTimeoutSeconds));
    }

    private IResult Silence(int turn, string code, int silences)
    {
        var say = lines.Say(code);
        var speech = lines.Speech(code);
        if (silences >= voiceOptions.Value.MaxSilences)
            return Xml(new VoiceTwiml().Say(say.Goodbye, speech).Hangup());
        return Xml(new VoiceTwiml().Gather(urls.Gather(turn, code, silences), speech, say.StillThere, voiceOptions.Value.GatherTimeoutSeconds));
    }

    private VoiceCall? Open(TwilioRequest request)
    {
        var inboxId = request.Number.VoiceInboxId;
        if (string.IsNullOrEmpty(inboxId) || request["CallSid"] is not { } callSid)
            return null;
        // A withheld number still gets a contact of its own for the call, never someone else's.
        var caller = PhoneNumberNormalizer.Normalize(request["From"], twilioOptions.Value.DefaultRegion) ?? $"anonymous:{callSid}";
        return new VoiceCall(inboxId, callSid, caller, request.Number.PhoneNumber);
    }

    private static IResult Xml(VoiceTwiml twiml) => TwimlResults.Xml(twiml.ToString());
}
