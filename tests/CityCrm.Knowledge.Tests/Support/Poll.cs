namespace CityCrm.Knowledge.Tests.Support;

/// <summary>Waits for an eventually-true condition, such as the index refresher showing a change.</summary>
public static class Poll
{
    /// <summary>A generous limit: the refresher runs every 200 ms, but a loaded machine can be slow.</summary>
    public static readonly TimeSpan Generous = TimeSpan.FromSeconds(10);

    /// <summary>Re-evaluates <paramref name="probe"/> until <paramref name="done"/> holds for its value or time runs out; returns the last value.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + Generous;
        var value = await probe();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
            value = await probe();
        }
        return value;
    }
}
