using CityCrm.Conversations.Outbox;
using CityCrm.Conversations.Supervision;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CityCrm.Conversations.Observability;

/// <summary>
/// Reads the queues and the outbox backlog every few seconds into <see cref="TelemetrySnapshot"/>, so the gauges are
/// at most that old and a scrape costs nothing. A failed reading keeps the previous one and is tried again. It takes
/// <see cref="CityMetrics"/> so that the meter and its gauges exist from start-up, before the first message counts.
/// </summary>
public sealed class TelemetrySampler(
    IQueueSnapshot queues, IOutboxStore outbox, TelemetrySnapshot snapshot, CityMetrics metrics, TimeProvider clock, ILogger<TelemetrySampler> logger) : BackgroundService
{
    /// <summary>The measurements the gauges read from.</summary>
    public CityMetrics Metrics => metrics;

    /// <summary>How often the gauges are read.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <summary>Takes one reading now.</summary>
    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var counters = await queues.ReadAsync(now, cancellationToken);
        var backlog = await outbox.GetBacklogAsync(cancellationToken);
        snapshot.Update(
            [.. counters.Select(q => new QueueReading(q.Queue, q.Waiting, q.LongestWaitSeconds))],
            backlog.Pending,
            backlog.LagAt(now).TotalSeconds);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Reading the queue and outbox gauges failed; keeping the last reading");
            }
            await Task.Delay(Interval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
