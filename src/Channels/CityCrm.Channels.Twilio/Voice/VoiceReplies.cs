using CityCrm.Conversations.Model;
using CityCrm.Conversations.Routing;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Twilio.Voice;

/// <summary>
/// Turns what the bot said after a caller's words into the next TwiML: the replies spoken inside the next question (so
/// the caller can cut in), or, once the bot has handed the call over, the queue in opening hours and voicemail outside them.
/// </summary>
public sealed class VoiceReplies(
    IConversationStore store,
    VoiceLines lines,
    VoiceUrls urls,
    OpeningHours hours,
    IOptions<VoiceOptions> options,
    TimeProvider clock)
{
    // A turn's replies are a handful of messages; this bounds a runaway one.
    private const int MaxReplies = 20;

    /// <summary>Whether the bot's turn for message <paramref name="sequence"/> is over.</summary>
    public Task<bool> AnsweredAsync(string conversationId, long sequence, CancellationToken cancellationToken) =>
        store.IsHandledAsync(conversationId, sequence, cancellationToken);

    /// <summary>The TwiML that says the replies after message <paramref name="sequence"/> and carries the call on.</summary>
    public async Task<VoiceTwiml> AfterAsync(string conversationId, long sequence, int turn, string code, CancellationToken cancellationToken)
    {
        var conversation = await store.GetAsync(conversationId, cancellationToken)
            ?? throw new InvalidOperationException($"Call conversation {conversationId} does not exist.");
        var said = (await store.GetMessagesAsync(conversationId, sequence, MaxReplies, cancellationToken))
            .Where(m => m.Direction == MessageDirection.Outgoing && !m.IsPrivate && !string.IsNullOrWhiteSpace(m.Text))
            .Select(m => m.Text!.Trim())
            .ToList();
        var speech = lines.Speech(code);
        var say = lines.Say(code);
        var twiml = new VoiceTwiml();
        switch (conversation.Status)
        {
            case ConversationStatus.Queued or ConversationStatus.Assigned:
                foreach (var text in said)
                    twiml.Say(text, speech);
                return HandOver(twiml, code);
            case ConversationStatus.Resolved:
                foreach (var text in said)
                    twiml.Say(text, speech);
                return twiml.Say(say.Goodbye, speech).Hangup();
            default:
                // A bot waiting for an answer (a report's location) has just asked its own question.
                if (conversation.BotState is null)
                    said.Add(say.AnythingElse);
                return twiml.Gather(urls.Gather(turn + 1, code, 0), speech, string.Join(" ", said), options.Value.GatherTimeoutSeconds);
        }
    }

    /// <summary>To the agents' queue while they answer; to voicemail when they do not.</summary>
    public VoiceTwiml HandOver(VoiceTwiml twiml, string code)
    {
        if (hours.IsOpen(clock.GetUtcNow()))
            return twiml.Enqueue(options.Value.QueueName, urls.Wait(code), urls.Dequeued(code));
        var closed = lines.Say(code).Closed.Replace("{hours}", hours.Description, StringComparison.Ordinal);
        return Voicemail(twiml.Say(closed, lines.Speech(code)), code);
    }

    /// <summary>Records a voicemail (after the prompt already in <paramref name="twiml"/>).</summary>
    public VoiceTwiml Voicemail(VoiceTwiml twiml, string code) =>
        twiml.Record(urls.Voicemail(code), urls.Transcription(), options.Value.VoicemailMaxSeconds);
}
