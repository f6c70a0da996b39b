using System.Diagnostics.Metrics;

namespace CityCrm.Conversations.Observability;

/// <summary>
/// The service's own measurements: messages in and out per channel, delivery problems, the confidence of each
/// knowledge answer, and gauges read from <see cref="TelemetrySnapshot"/> (queue depth and longest wait per queue,
/// outbox backlog and lag), which <see cref="TelemetrySampler"/> keeps current.
/// </summary>
public sealed class CityMetrics
{
    private readonly Counter<long> messagesIn;
    private readonly Counter<long> messagesOut;
    private readonly Counter<long> deliveryProblems;
    private readonly Histogram<double> answerConfidence;

    public CityMetrics(IMeterFactory meters, TelemetrySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(snapshot);
        var meter = meters.Create(CityTelemetry.Name);
        messagesIn = meter.CreateCounter<long>("citycrm.messages.in", "{message}", "Messages received from residents, per channel.");
        messagesOut = meter.CreateCounter<long>("citycrm.messages.out", "{message}", "Messages written to residents by the bot or agents, per channel.");
        deliveryProblems = meter.CreateCounter<long>("citycrm.delivery.problems", "{message}", "Messages a provider refused, failed or that consent blocked, per channel and status.");
        answerConfidence = meter.CreateHistogram<double>("citycrm.answer.confidence", null, "Confidence of each knowledge answer (0 to 1), per channel and decision.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0] });
        meter.CreateObservableGauge("citycrm.queue.depth", () => snapshot.Queues.Select(q => new Measurement<long>(q.Depth, new KeyValuePair<string, object?>("queue", q.Name))),
            "{conversation}", "Conversations waiting for an agent, per queue.");
        meter.CreateObservableGauge("citycrm.queue.longest_wait", () => snapshot.Queues.Select(q => new Measurement<double>(q.LongestWaitSeconds, new KeyValuePair<string, object?>("queue", q.Name))),
            "s", "How long the longest-waiting conversation of each queue has waited.");
        meter.CreateObservableGauge("citycrm.outbox.pending", () => snapshot.OutboxPending, "{message}", "Messages written for residents and not yet handed to a provider.");
        meter.CreateObservableGauge("citycrm.outbox.lag", () => snapshot.OutboxLagSeconds, "s", "Age of the oldest message not yet handed to a provider (0 when none waits).");
    }

    /// <summary>Counts a stored message: a resident's as in, a bot's or agent's public one as out; private notes and activities are not messages.</summary>
    public void Message(bool incoming, string channelId)
    {
        var tag = new KeyValuePair<string, object?>("channel", channelId);
        if (incoming)
            messagesIn.Add(1, tag);
        else
            messagesOut.Add(1, tag);
    }

    /// <summary>Counts a message that reached a problem status (failed, undelivered, blocked...).</summary>
    public void DeliveryProblem(string channelId, string status) =>
        deliveryProblems.Add(1, new KeyValuePair<string, object?>("channel", channelId), new KeyValuePair<string, object?>("status", status));

    /// <summary>Records the confidence of one knowledge answer.</summary>
    public void Answer(double confidence, string channelId, string decision) =>
        answerConfidence.Record(Math.Clamp(confidence, 0, 1), new KeyValuePair<string, object?>("channel", channelId), new KeyValuePair<string, object?>("decision", decision));
}
