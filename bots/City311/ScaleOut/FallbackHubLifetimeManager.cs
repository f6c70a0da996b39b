using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;

namespace CityCrm.City311.ScaleOut;

/// <summary>
/// The Redis backplane with a local fallback. Every connection and group is known to both the Redis lifetime manager
/// and the in-process one; a send goes through Redis (reaching every node's connections, this node's included) while
/// Redis answers, and through the in-process manager (this node's connections only) while it does not, because the
/// stock Redis manager delivers even local messages through Redis and would drop them during an outage.
/// </summary>
public sealed class FallbackHubLifetimeManager<THub>(
    RedisHubLifetimeManager<THub> redis, DefaultHubLifetimeManager<THub> local, RedisLink link, ILogger<FallbackHubLifetimeManager<THub>> logger)
    : HubLifetimeManager<THub>
    where THub : Hub
{
    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        await local.OnConnectedAsync(connection);
        await RedisPartAsync(() => redis.OnConnectedAsync(connection));
    }

    public override async Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        await local.OnDisconnectedAsync(connection);
        await RedisPartAsync(() => redis.OnDisconnectedAsync(connection));
    }

    public override async Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        await local.AddToGroupAsync(connectionId, groupName, cancellationToken);
        await RedisPartAsync(() => redis.AddToGroupAsync(connectionId, groupName, cancellationToken));
    }

    public override async Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        await local.RemoveFromGroupAsync(connectionId, groupName, cancellationToken);
        await RedisPartAsync(() => redis.RemoveFromGroupAsync(connectionId, groupName, cancellationToken));
    }

    public override Task SendAllAsync(string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendAllAsync(methodName, args, cancellationToken));

    public override Task SendAllExceptAsync(string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendAllExceptAsync(methodName, args, excludedConnectionIds, cancellationToken));

    public override Task SendConnectionAsync(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendConnectionAsync(connectionId, methodName, args, cancellationToken));

    public override Task SendConnectionsAsync(IReadOnlyList<string> connectionIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendConnectionsAsync(connectionIds, methodName, args, cancellationToken));

    public override Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendGroupAsync(groupName, methodName, args, cancellationToken));

    public override Task SendGroupsAsync(IReadOnlyList<string> groupNames, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendGroupsAsync(groupNames, methodName, args, cancellationToken));

    public override Task SendGroupExceptAsync(
        string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendGroupExceptAsync(groupName, methodName, args, excludedConnectionIds, cancellationToken));

    public override Task SendUserAsync(string userId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendUserAsync(userId, methodName, args, cancellationToken));

    public override Task SendUsersAsync(IReadOnlyList<string> userIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendUsersAsync(userIds, methodName, args, cancellationToken));

    // Client results need the Redis round trip to find the connection's node; with Redis away only local ones answer.
    public override Task<T> InvokeConnectionAsync<T>(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken) =>
        link.IsConnected ? redis.InvokeConnectionAsync<T>(connectionId, methodName, args, cancellationToken)
            : local.InvokeConnectionAsync<T>(connectionId, methodName, args, cancellationToken);

    public override Task SetConnectionResultAsync(string connectionId, CompletionMessage result) =>
        link.IsConnected ? redis.SetConnectionResultAsync(connectionId, result) : local.SetConnectionResultAsync(connectionId, result);

    public override bool TryGetReturnType(string invocationId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Type? type) =>
        redis.TryGetReturnType(invocationId, out type) || local.TryGetReturnType(invocationId, out type);

    private async Task SendAsync(Func<HubLifetimeManager<THub>, Task> send)
    {
        if (link.IsConnected)
        {
            try
            {
                await send(redis);
                return;
            }
            catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException or ObjectDisposedException)
            {
                // Published nowhere: deliver to this node's own connections below, exactly once.
                logger.LogWarning(ex, "Redis backplane unavailable; delivering to this node's connections only");
            }
        }
        await send(local);
    }

    // The Redis half of a connection or group change; an outage must not refuse the connection its local service.
    private async Task RedisPartAsync(Func<Task> redisPart)
    {
        try
        {
            await redisPart();
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
        {
            logger.LogWarning(ex, "Redis backplane unavailable; the connection is served by this node only until it reconnects");
        }
    }
}
