namespace CityCrm.Testing;

/// <summary>
/// Waits for work done out of band (the outbox, the bot) to show, and fails with a clear message when it never does.
/// Shared by the channel test projects (linked into each).
/// </summary>
internal static class Eventually
{
    public static Task<T> FindAsync<T>(Func<T?> find, int timeoutSeconds = 20) where T : class =>
        FindAsync(() => Task.FromResult(find()), timeoutSeconds);

    public static async Task<T> FindAsync<T>(Func<Task<T?>> find, int timeoutSeconds = 20) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await find() is { } found)
                return found;
            await Task.Delay(50);
        }
        throw new TimeoutException($"Nothing showed up within {timeoutSeconds} s.");
    }
}
