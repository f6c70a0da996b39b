using System.Collections.Concurrent;
using System.Diagnostics;
using CityCrm.Bench;

namespace CityCrm.InboundBench;

/// <summary>Drives an <see cref="InboundTarget"/>: as fast as it answers (closed loop), or at a fixed rate (open loop).</summary>
internal static class LoadRunner
{
    /// <summary>What one run sent: acknowledged and refused counts, and how long it took.</summary>
    public sealed record Outcome(int Acknowledged, int Refused, double Seconds, Percentiles? Latency, IReadOnlyList<(int Sender, long SentAt)> Sent);

    /// <summary>
    /// Sends <paramref name="total"/> messages with <paramref name="concurrency"/> in flight, message <c>i</c> from
    /// sender <c>first + i % senders</c>, each as soon as the previous one of its worker was acknowledged.
    /// </summary>
    public static async Task<Outcome> ClosedAsync(InboundTarget target, int first, int senders, int total, int concurrency, CancellationToken cancellationToken)
    {
        var next = -1;
        var acknowledged = 0;
        var refused = 0;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < total; i = Interlocked.Increment(ref next))
            {
                if (await target.SendAsync(first + i % senders, cancellationToken))
                    Interlocked.Increment(ref acknowledged);
                else
                    Interlocked.Increment(ref refused);
            }
        }, cancellationToken)));
        return new Outcome(acknowledged, refused, Stopwatch.GetElapsedTime(started).TotalSeconds, null, []);
    }

    /// <summary>
    /// Sends at <paramref name="rate"/> messages a second for <paramref name="seconds"/>, whatever the server's pace.
    /// Each latency runs from the message's scheduled moment, so a stalled server's backlog counts against it.
    /// </summary>
    public static async Task<Outcome> OpenAsync(InboundTarget target, int first, int senders, double rate, double seconds, CancellationToken cancellationToken)
    {
        var total = (int)(rate * seconds);
        var latencies = new ConcurrentBag<double>();
        var sent = new ConcurrentBag<(int, long)>();
        var inFlight = new List<Task>(total);
        var acknowledged = 0;
        var refused = 0;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < total;)
        {
            var due = Math.Min(total, (int)(Stopwatch.GetElapsedTime(started).TotalSeconds * rate) + 1);
            for (; i < due; i++)
            {
                var scheduled = started + (long)(i / rate * Stopwatch.Frequency);
                var sender = first + i % senders;
                inFlight.Add(Task.Run(async () =>
                {
                    var ok = await target.SendAsync(sender, cancellationToken);
                    latencies.Add(Percentiles.Milliseconds(Stopwatch.GetTimestamp() - scheduled));
                    sent.Add((sender, scheduled));
                    Interlocked.Increment(ref ok ? ref acknowledged : ref refused);
                }, cancellationToken));
            }
            await Task.Delay(1, cancellationToken);
        }
        await Task.WhenAll(inFlight);
        return new Outcome(acknowledged, refused, Stopwatch.GetElapsedTime(started).TotalSeconds, new Percentiles(latencies), [.. sent]);
    }
}
