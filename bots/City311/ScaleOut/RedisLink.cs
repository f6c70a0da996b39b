using StackExchange.Redis;

namespace CityCrm.City311.ScaleOut;

/// <summary>
/// This node's one connection to Redis, shared by the SignalR backplane and the knowledge notices. It never blocks the
/// start on Redis being up and fails commands at once while Redis is away (no backlog), so a caller can fall back to
/// local work instead of waiting, and nothing queued during an outage arrives late and twice.
/// </summary>
public sealed class RedisLink(string configuration) : IAsyncDisposable
{
    private readonly Lazy<Task<IConnectionMultiplexer>> connection = new(() => ConnectAsync(configuration));

    /// <summary>The multiplexer, connecting on first use; it reconnects by itself after an outage.</summary>
    public Task<IConnectionMultiplexer> GetAsync() => connection.Value;

    /// <summary>Whether Redis answers now (false before the first connection too).</summary>
    public bool IsConnected => connection.IsValueCreated && connection.Value.IsCompletedSuccessfully && connection.Value.Result.IsConnected;

    /// <summary>
    /// Subscribes <paramref name="handler"/> to <paramref name="channel"/> once Redis answers, trying again every second
    /// until then; the connection renews the subscription by itself after later outages.
    /// </summary>
    public async Task SubscribeAsync(RedisChannel channel, Action<RedisValue> handler, ILogger logger, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var redis = await GetAsync();
                await redis.GetSubscriber().SubscribeAsync(channel, (_, message) => handler(message));
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                logger.LogWarning(ex, "Subscribing to {Channel} failed; trying again shortly", channel);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection.IsValueCreated && connection.Value.IsCompletedSuccessfully)
            await connection.Value.Result.CloseAsync();
    }

    private static async Task<IConnectionMultiplexer> ConnectAsync(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectRetry = 1;
        options.ReconnectRetryPolicy = new LinearRetry(500);
        return await ConnectionMultiplexer.ConnectAsync(options);
    }
}
