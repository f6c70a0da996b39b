using CityCrm.Conversations.Events;

namespace CityCrm.Conversations.Outbox;

/// <summary>
/// Records providers' status callbacks on the messages they belong to and tells the agent console. Stale or
/// repeated reports (a "sent" after "delivered") are acknowledged and change nothing.
/// </summary>
public sealed class DeliveryReportService(IOutboxStore outbox, IEventPublisher publisher, TimeProvider clock) : IDeliveryReports
{
    public async Task<bool> ReportAsync(DeliveryReport report, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(report.ProviderMessageId);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.Status);
        var update = await outbox.ApplyReportAsync(report, cancellationToken);
        if (update.Changed is { } message)
            await publisher.PublishAsync(new MessageDeliveryChanged(message, clock.GetUtcNow()), cancellationToken);
        return update.Found;
    }
}
