namespace CityCrm.Channels.Telegram.Tests.Support;

/// <summary>Polls for what the host does out of band (bot turns, the outbox), failing after 20 seconds.</summary>
public static class Eventually
{
    public static async Task<T> FindAsync<T>(Func<Task<T?>> probe) where T : class
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(20); ; await Task.Delay(50))
        {
            if (await probe() is { } found)
                return found;
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting");
        }
    }
}
