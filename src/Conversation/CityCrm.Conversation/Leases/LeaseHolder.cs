using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Leases;

/// <summary>
/// Runs work only while this node holds its named lease: asks for the lease every renewal interval, runs the work once
/// granted, renews it while the work runs, and cancels the work as soon as the lease is lost (taken over after a
/// missed renewal, or not renewable before it runs out). A one-node host is granted every lease at once.
/// </summary>
public sealed class LeaseHolder(ILeaseStore store, IOptions<LeaseOptions> options, TimeProvider clock, ILogger<LeaseHolder> logger)
{
    /// <summary>This node's name in the lease records.</summary>
    public string Node => options.Value.NodeName;

    /// <summary>
    /// Runs <paramref name="work"/> each time the lease <paramref name="name"/> is won, with a token cancelled when it
    /// is lost or the host stops; returns once <paramref name="stoppingToken"/> is cancelled, the lease given back.
    /// Work that finishes early keeps the lease until the host stops, so it is not run again elsewhere meanwhile.
    /// </summary>
    public async Task RunWhileHeldAsync(string name, Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (await TryAcquireAsync(name, stoppingToken) is not { } lease)
            {
                await Task.Delay(options.Value.Renew, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }
            logger.LogInformation("Node {Node} holds lease {Lease} (fence {Fence})", Node, name, lease.Fence);
            using var held = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var running = RunAsync(name, work, held.Token);
            var kept = await KeepAsync(lease, stoppingToken);
            await held.CancelAsync();
            await running;
            if (kept is not null)
                await ReleaseAsync(kept);
            else
                logger.LogWarning("Node {Node} lost lease {Lease}; its work stopped", Node, name);
        }
    }

    // Renews until the host stops (returns the lease still held) or the lease is lost (returns null).
    private async Task<Lease?> KeepAsync(Lease lease, CancellationToken stoppingToken)
    {
        while (true)
        {
            await Task.Delay(options.Value.Renew, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (stoppingToken.IsCancellationRequested)
                return lease;
            try
            {
                if (await store.RenewAsync(lease, clock.GetUtcNow(), options.Value.Duration, stoppingToken) is not { } renewed)
                    return null;
                lease = renewed;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The store is unreachable: the lease may still be ours, but only until it runs out; stop in time so
                // that a node taking it over after expiry never runs beside this one.
                logger.LogWarning(ex, "Renewing lease {Lease} failed", lease.Name);
                if (clock.GetUtcNow() + options.Value.Renew >= lease.ExpiresAt)
                    return null;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return lease;
            }
        }
    }

    private async Task<Lease?> TryAcquireAsync(string name, CancellationToken stoppingToken)
    {
        try
        {
            return await store.TryAcquireAsync(name, Node, clock.GetUtcNow(), options.Value.Duration, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Asking for lease {Lease} failed; asking again shortly", name);
            return null;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private async Task RunAsync(string name, Func<CancellationToken, Task> work, CancellationToken heldToken)
    {
        try
        {
            await work(heldToken);
        }
        catch (OperationCanceledException) when (heldToken.IsCancellationRequested)
        {
            // Lost or stopping: the work ends here by design.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Work under lease {Lease} failed; it runs again when the lease next changes hands", name);
        }
    }

    private async Task ReleaseAsync(Lease lease)
    {
        try
        {
            // Given back at stop, so another node takes it at once instead of after expiry.
            await store.ReleaseAsync(lease, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Giving back lease {Lease} failed; it runs out by itself", lease.Name);
        }
    }
}
