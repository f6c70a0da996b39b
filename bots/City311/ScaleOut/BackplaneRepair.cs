namespace CityCrm.City311.ScaleOut;

/// <summary>
/// Serializes a node's backplane registrations (connections and group joins) and, once one has failed because Redis
/// was away, renews them all as soon as Redis answers again, retrying until a renewal goes through.
/// </summary>
public sealed class BackplaneRepair(RedisLink link, ILogger logger) : IDisposable
{
    /// <summary>How often a node waiting to renew its registrations checks whether Redis is back.</summary>
    public static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private int stale;
    private int repairing;

    /// <summary>Whether some registration is waiting to be renewed.</summary>
    public bool IsStale => Volatile.Read(ref stale) == 1;

    /// <summary>
    /// Runs one registration change, never beside a renewal; if Redis is away the change is counted as served locally
    /// and <paramref name="renew"/> runs once Redis is back.
    /// </summary>
    public async Task RegisterAsync(Func<Task> change, Func<CancellationToken, Task> renew)
    {
        await gate.WaitAsync();
        try
        {
            await change();
        }
        catch (Exception ex) when (IsOutage(ex))
        {
            logger.LogWarning(ex, "Redis backplane unavailable; the connection is served by this node only until it reconnects");
            MarkStale(renew);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A group change for another node's connection: lost if Redis is away, as the other node is unreachable.</summary>
    public async Task TryRemoteAsync(Func<Task> change)
    {
        try
        {
            await change();
        }
        catch (Exception ex) when (IsOutage(ex))
        {
            logger.LogWarning(ex, "Redis backplane unavailable; a group change for another node's connection was not delivered");
        }
    }

    public void Dispose() => stopping.Cancel();

    private static bool IsOutage(Exception ex) =>
        ex is StackExchange.Redis.RedisException or TimeoutException or ObjectDisposedException;

    private void MarkStale(Func<CancellationToken, Task> renew)
    {
        Volatile.Write(ref stale, 1);
        StartRepair(renew);
    }

    private void StartRepair(Func<CancellationToken, Task> renew)
    {
        if (!stopping.IsCancellationRequested && Interlocked.CompareExchange(ref repairing, 1, 0) == 0)
            _ = Task.Run(() => RepairAsync(renew));
    }

    private async Task RepairAsync(Func<CancellationToken, Task> renew)
    {
        try
        {
            while (IsStale)
            {
                await Task.Delay(Poll, stopping.Token);
                if (!link.IsConnected)
                    continue;
                await gate.WaitAsync(stopping.Token);
                try
                {
                    Volatile.Write(ref stale, 0);
                    await renew(stopping.Token);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Redis went away again mid-way (or answered only in part): try again on its next return.
                    Volatile.Write(ref stale, 1);
                    logger.LogWarning(ex, "Renewing the backplane subscriptions failed; retrying while Redis recovers");
                }
                finally
                {
                    gate.Release();
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        finally
        {
            Volatile.Write(ref repairing, 0);
        }
        // A registration failed between the loop's last check and the flag's reset: take it up.
        if (IsStale)
            StartRepair(renew);
    }
}
