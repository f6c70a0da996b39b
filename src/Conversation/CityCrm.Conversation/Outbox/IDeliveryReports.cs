namespace CityCrm.Conversations.Outbox;

/// <summary>
/// Where channel adapters report what the provider says happened to a message we sent
/// (Twilio status callbacks: queued, sent, delivered, undelivered, failed).
/// </summary>
public interface IDeliveryReports
{
    /// <summary>Records the status on the message the provider id belongs to; false when no sent message has that id.</summary>
    Task<bool> ReportAsync(DeliveryReport report, CancellationToken cancellationToken);
}
