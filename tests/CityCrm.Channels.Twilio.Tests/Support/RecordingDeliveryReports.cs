using System.Collections.Concurrent;
using CityCrm.Conversations.Outbox;

namespace CityCrm.Channels.Twilio.Tests.Support;

/// <summary>
/// Keeps every delivery report the host receives and passes it on to the host's own implementation when it has one;
/// without one, only the sids in <see cref="KnownSids"/> count as messages we sent.
/// </summary>
public sealed class RecordingDeliveryReports(IDeliveryReports? inner) : IDeliveryReports
{
    public ConcurrentQueue<DeliveryReport> Reports { get; } = new();

    public ConcurrentDictionary<string, bool> KnownSids { get; } = new();

    public async Task<bool> ReportAsync(DeliveryReport report, CancellationToken cancellationToken)
    {
        Reports.Enqueue(report);
        return inner is not null ? await inner.ReportAsync(report, cancellationToken) : KnownSids.ContainsKey(report.ProviderMessageId);
    }
}
