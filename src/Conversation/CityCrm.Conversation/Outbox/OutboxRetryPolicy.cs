namespace CityCrm.Conversations.Outbox;

/// <summary>
/// When to try again after a provider outage: 2 s, doubling up to 5 minutes between attempts, each wait
/// shortened by up to half at random so that many waiting messages do not all hit the provider at once,
/// never sooner than the provider asked (Retry-After), and never beyond a day after the message was written.
/// </summary>
public static class OutboxRetryPolicy
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromHours(24);

    /// <summary>The wait after the <paramref name="failedAttempts"/>-th failed attempt (1 for the first); <paramref name="jitter"/> is in [0, 1).</summary>
    public static TimeSpan Delay(int failedAttempts, TimeSpan? retryAfter, double jitter)
    {
        var exponent = Math.Clamp(failedAttempts - 1, 0, 20);
        var ticks = Math.Min(FirstDelay.Ticks * (1L << exponent), MaxDelay.Ticks);
        var delay = TimeSpan.FromTicks((long)(ticks * (1 - jitter / 2)));
        return retryAfter is { } after && after > delay ? after : delay;
    }

    /// <summary>Whether a message written at <paramref name="createdAt"/> is past retrying at <paramref name="now"/>.</summary>
    public static bool GivenUp(DateTimeOffset createdAt, DateTimeOffset now) => now - createdAt >= GiveUpAfter;

    /// <summary>The next attempt's time: after the delay, but no later than the last moment retrying is allowed.</summary>
    public static DateTimeOffset NextAttempt(DateTimeOffset createdAt, DateTimeOffset now, TimeSpan delay)
    {
        var deadline = createdAt + GiveUpAfter;
        var next = now + delay;
        return next < deadline ? next : deadline;
    }
}
