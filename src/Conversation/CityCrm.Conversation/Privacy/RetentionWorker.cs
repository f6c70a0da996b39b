using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Privacy;

/// <summary>Runs the retention schedule at start and every <see cref="RetentionOptions.Interval"/>, until a pass finds nothing.</summary>
public sealed class RetentionWorker(RetentionRun run, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                // Batches repeat while they find work, so a backlog (a first start on old data) clears in one go.
                while ((await run.RunOnceAsync(stoppingToken)).Any)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Every removal is its own commit: the next tick carries on from where this one failed.
                logger.LogWarning(ex, "Retention pass failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
