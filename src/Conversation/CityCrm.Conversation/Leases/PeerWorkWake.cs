using CityCrm.Conversations.Outbox;
using CityCrm.Conversations.Outreach;
using CityCrm.Conversations.Surveys;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Leases;

/// <summary>
/// With several nodes, a message or broadcast written on one node signals only that node's workers, which may not hold
/// the lease. Every <see cref="LeaseOptions.WakeSeconds"/> this wakes this node's outbox, broadcast and survey workers
/// (a no-op on nodes where they are not running), so the holder picks up other nodes' work within that time.
/// </summary>
public sealed class PeerWorkWake(IServiceProvider services, IOptions<LeaseOptions> options, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.WakeSeconds <= 0)
            return;
        var outbox = services.GetService<OutboxSignal>();
        var broadcasts = services.GetService<BroadcastSignal>();
        var surveys = services.GetService<SurveySignal>();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.WakeSeconds), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                outbox?.Notify();
                broadcasts?.Notify();
                surveys?.Notify();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
