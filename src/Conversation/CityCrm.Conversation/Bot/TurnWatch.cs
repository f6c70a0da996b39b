namespace CityCrm.Conversations.Bot;

/// <summary>One channel request waiting for the bot's turns in one conversation (see <see cref="BotTurnSignals"/>).</summary>
public sealed class TurnWatch : IDisposable
{
    private readonly BotTurnSignals owner;
    private readonly Lock gate = new();
    private readonly List<(long Sequence, TaskCompletionSource Done)> waiting = [];
    private long highestCompleted;

    internal TurnWatch(string conversationId, BotTurnSignals owner)
    {
        ConversationId = conversationId;
        this.owner = owner;
    }

    public string ConversationId { get; }

    /// <summary>True when the turn for <paramref name="sequence"/> finished within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitAsync(long sequence, TimeSpan timeout, CancellationToken cancellationToken)
    {
        TaskCompletionSource done;
        lock (gate)
        {
            if (highestCompleted >= sequence)
                return true;
            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiting.Add((sequence, done));
        }
        try
        {
            await done.Task.WaitAsync(timeout, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    internal void Complete(long sequence)
    {
        lock (gate)
        {
            highestCompleted = Math.Max(highestCompleted, sequence);
            foreach (var (_, done) in waiting.Where(w => w.Sequence <= sequence))
                done.TrySetResult();
            waiting.RemoveAll(w => w.Sequence <= sequence);
        }
    }

    public void Dispose() => owner.Forget(this);
}
