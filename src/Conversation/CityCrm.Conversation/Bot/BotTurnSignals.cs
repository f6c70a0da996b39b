using System.Collections.Concurrent;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// Tells a waiting channel that the bot finished a turn. A call must answer the webhook that carried the caller's words
/// with what the bot said, so the voice adapter watches the conversation before storing the words and waits here.
/// Only watched conversations cost anything; a turn nobody watches is not remembered.
/// </summary>
public sealed class BotTurnSignals
{
    private readonly ConcurrentDictionary<string, TurnWatch> watches = new(StringComparer.Ordinal);

    /// <summary>Starts watching <paramref name="conversationId"/>; dispose the watch when done.</summary>
    public TurnWatch Watch(string conversationId)
    {
        var watch = new TurnWatch(conversationId, this);
        watches[conversationId] = watch;
        return watch;
    }

    /// <summary>Called by the bot worker when the turn for message <paramref name="sequence"/> is over, whatever its outcome.</summary>
    public void Completed(string conversationId, long sequence)
    {
        if (watches.TryGetValue(conversationId, out var watch))
            watch.Complete(sequence);
    }

    internal void Forget(TurnWatch watch) => watches.TryRemove(new KeyValuePair<string, TurnWatch>(watch.ConversationId, watch));
}
