using Microsoft.Extensions.Hosting;

namespace CityCrm.Conversations.Leases;

/// <summary>
/// Runs a background worker on one node of the cluster only: the worker is started when this node wins the lease and
/// stopped when it loses it, so the worker itself stays unaware of leases (and its tests unchanged).
/// </summary>
public sealed class LeasedService(string leaseName, IHostedService worker, LeaseHolder holder) : BackgroundService
{
    /// <summary>The lease this worker runs under.</summary>
    public string LeaseName => leaseName;

    /// <summary>The worker run under the lease.</summary>
    public IHostedService Worker => worker;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        holder.RunWhileHeldAsync(leaseName, RunWorkerAsync, stoppingToken);

    private async Task RunWorkerAsync(CancellationToken heldToken)
    {
        await worker.StartAsync(heldToken);
        try
        {
            await Task.Delay(Timeout.Infinite, heldToken);
        }
        finally
        {
            // Waits for the worker's loop to end, so the next holder never runs beside it.
            await worker.StopAsync(CancellationToken.None);
        }
    }
}
