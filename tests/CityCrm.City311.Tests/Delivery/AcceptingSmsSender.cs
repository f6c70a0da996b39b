using System.Collections.Concurrent;
using CityCrm.Channels;

namespace CityCrm.City311.Tests.Delivery;

/// <summary>Stands in for the SMS provider: accepts every message with a new id and keeps what it was given.</summary>
public sealed class AcceptingSmsSender : IChannelSender
{
    private int count;

    public string ChannelId => ChannelIds.Sms;

    public int MaxTextLength => 1600;

    public ConcurrentQueue<OutboundDelivery> Sent { get; } = new();

    public Task<SendOutcome> SendAsync(OutboundDelivery delivery, CancellationToken cancellationToken)
    {
        Sent.Enqueue(delivery);
        return Task.FromResult(SendOutcome.Accepted($"SMtest{Interlocked.Increment(ref count):D6}", "queued"));
    }
}
