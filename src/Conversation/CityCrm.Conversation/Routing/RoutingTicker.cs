using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CityCrm.Conversations.Routing;

/// <summary>Runs the router's tick every second: lapsed offers, long-dropped agents, and a routing pass.</summary>
public sealed class RoutingTicker(AgentRouter router, TimeProvider clock, ILogger<RoutingTicker> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await router.TickAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed pass (a busy database) is retried at the next tick; the conversations stay queued meanwhile.
                logger.LogWarning(ex, "Routing pass failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
