using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CityCrm.CaseCore.Workflow;

/// <summary>
/// Polls the durable timers with the injected clock and runs the due ones (<see cref="CaseAutomation.FireAsync"/>).
/// Each instance claims under its own name, so several hosts over one database never run a timer at the same time.
/// </summary>
public sealed class CaseTimerService(ICaseTimerStore timers, CaseAutomation automation, TimeProvider clock, ILogger<CaseTimerService> logger)
    : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private const int Batch = 50;
    private readonly string owner = Environment.MachineName + ":" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Runs every timer due now; answers how many ran. The poller calls it, and so can tests.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        // Alerts a stopped process committed but never delivered go out first, in the order their timers fired.
        while (await automation.DeliverPendingAsync(Batch, cancellationToken) == Batch)
        {
        }
        var ran = 0;
        while (true)
        {
            var due = await timers.ClaimDueAsync(owner, clock.GetUtcNow(), Lease, Batch, cancellationToken);
            foreach (var timer in due)
            {
                try
                {
                    await automation.FireAsync(timer, cancellationToken);
                    ran++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Left claimed: the lease runs out and a later poll tries again.
                    logger.LogError(e, "Timer {Name} of case {Reference} failed", timer.Name, timer.Reference);
                }
            }
            if (due.Count < Batch)
                return ran;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Case timers could not be read");
            }
            try
            {
                await Task.Delay(PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
