using System.Collections.Concurrent;

namespace CityCrm.Conversations.Hubs;

/// <summary>
/// Lets one typing signal per conversation and author through every <see cref="Interval"/>: clients send one on every
/// keystroke burst, and the indicator lasts longer than the interval, so the rest add nothing but traffic.
/// </summary>
public sealed class TypingThrottle(TimeProvider clock)
{
    /// <summary>The shortest time between two signals that pass for the same key.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    /// <summary>How long an indicator shows without a new signal.</summary>
    public const int ExpiresInSeconds = 5;

    // Keys of conversations nobody types in any more are dropped now and then, so the map stays small.
    private const int PruneAbove = 1024;
    private readonly ConcurrentDictionary<string, DateTimeOffset> lastPassed = new(StringComparer.Ordinal);

    /// <summary>True when a signal for <paramref name="key"/> should go out now.</summary>
    public bool TryPass(string key) => TryPass(key, Interval);

    /// <summary>True when a signal for <paramref name="key"/> should go out now, at most one per <paramref name="interval"/>.</summary>
    public bool TryPass(string key, TimeSpan interval)
    {
        var now = clock.GetUtcNow();
        var passed = false;
        lastPassed.AddOrUpdate(key,
            _ => { passed = true; return now; },
            (_, last) =>
            {
                passed = now - last >= interval;
                return passed ? now : last;
            });
        if (lastPassed.Count > PruneAbove)
            Prune(now);
        return passed;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, last) in lastPassed)
        {
            if (now - last > TimeSpan.FromMinutes(1))
                lastPassed.TryRemove(key, out _);
        }
    }
}
