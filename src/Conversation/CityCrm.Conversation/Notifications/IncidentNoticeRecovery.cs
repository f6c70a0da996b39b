using CityCrm.CaseCore.Incidents;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CityCrm.Conversations.Notifications;

/// <summary>
/// At start, finishes the closing notices of incidents that a stop left claimed but not completed ("pending"): the
/// claim is given back and the notice sent again. The notice's outgoing message carries a key per incident, so one
/// already queued before the stop is not sent a second time; the claim is then only completed.
/// </summary>
public sealed class IncidentNoticeRecovery(IIncidentStore incidents, IncidentClosedNotifier notifier, ILogger<IncidentNoticeRecovery> logger)
    : BackgroundService
{
    /// <summary>Retries every pending notice of the closed incidents; returns how many were pending.</summary>
    public async Task<int> RetryPendingAsync(CancellationToken cancellationToken)
    {
        var retried = 0;
        foreach (var incident in await incidents.ListAsync(IncidentStatus.Closed, cancellationToken))
        {
            var pending = (await incidents.ListNotificationsAsync(incident.Id, cancellationToken))
                .Where(n => n.Outcome == NotificationOutcome.Pending).ToList();
            if (pending.Count == 0)
                continue;
            foreach (var notice in pending)
                await incidents.ReleaseNotificationAsync(incident.Id, notice.ContactId, cancellationToken);
            await notifier.NotifyAsync(incident, cancellationToken);
            retried += pending.Count;
        }
        return retried;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await RetryPendingAsync(stoppingToken) is > 0 and var count)
                logger.LogInformation("Sent {Count} incident notices left pending by the last stop", count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Incident notices left pending could not be retried");
        }
    }
}
