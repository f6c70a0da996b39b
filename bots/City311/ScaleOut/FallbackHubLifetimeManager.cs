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
/// <remarks>
/// A subscription the Redis manager asked for while Redis was away is left registered but unread (the stock manager
/// attaches its handler only after the server confirms), so messages for that group, user or connection would vanish
/// on this node for good once Redis is back. When any registration fails, the node therefore re-registers all of its
/// connections and their groups with the Redis manager as soon as Redis answers again (<see cref="BackplaneRepair"/>).
/// </remarks>
public sealed class FallbackHubLifetimeManager<THub>(
    RedisHubLifetimeManager<THub> redis, DefaultHubLifetimeManager<THub> local, RedisLink link, ILogger<FallbackHubLifetimeManager<THub>> logger)
    : HubLifetimeManager<THub>, IDisposable
    where THub : Hub
{
    private readonly LocalHubConnections connections = new();
    private readonly BackplaneRepair repair = new(link, logger);

    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        await local.OnConnectedAsync(connection);
        await repair.RegisterAsync(() =>
        {
            connections.Add(connection);
            return redis.OnConnectedAsync(connection);
        }, RenewAsync);
    }

    public override async Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        await local.OnDisconnectedAsync(connection);
        await repair.RegisterAsync(() =>
        {
            connections.Remove(connection);
            return redis.OnDisconnectedAsync(connection);
        }, RenewAsync);
    }

    public override async Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        await local.AddToGroupAsync(connectionId, groupName, cancellationToken);
        await GroupChangeAsync(connectionId, () => connections.Join(connectionId, groupName),
            () => redis.AddToGroupAsync(connectionId, groupName, cancellationToken));
    }

    public override async Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        await local.RemoveFromGroupAsync(connectionId, groupName, cancellationToken);
        await GroupChangeAsync(connectionId, () => connections.Leave(connectionId, groupName),
            () => redis.RemoveFromGroupAsync(connectionId, groupName, cancellationToken));
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

    public void Dispose() => repair.Dispose();

    private Task GroupChangeAsync(string connectionId, Action record, Func<Task> redisChange)
    {
        // Another node's connection: that node keeps its own subscriptions.
        if (!connections.Contains(connectionId))
            return repair.TryRemoteAsync(redisChange);
        return repair.RegisterAsync(() =>
        {
            record();
            return redisChange();
        }, RenewAsync);
    }

    // Unregisters every local connection (which drops the Redis manager's subscriptions, the unread ones included) and
    // registers each again with its groups, so every subscription is made afresh with its handler attached.
    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        var all = connections.Snapshot();
        foreach (var (connection, _) in all)
        {
            try
            {
                await redis.OnDisconnectedAsync(connection);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Never fully registered (Redis was away when it connected): nothing to drop.
                logger.LogDebug(ex, "Backplane registration of {ConnectionId} was incomplete", connection.ConnectionId);
            }
        }
        foreach (var (connection, groups) in all)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await redis.OnConnectedAsync(connection);
            foreach (var group in groups)
                await redis.AddToGroupAsync(connection.ConnectionId, group, cancellationToken);
        }
        logger.LogInformation("Backplane subscriptions renewed for {Count} connections after a Redis outage", all.Count);
    }
}
