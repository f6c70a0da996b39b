using System.Collections.Concurrent;
using CityCrm.Channels;

namespace CityCrm.Conversations.Tests.Portal;

/// <summary>Stands in for a provider on one channel: accepts every message and keeps it.</summary>
public sealed class RecordingSender(string channelId) : IChannelSender
{
    public string ChannelId => channelId;

    public int MaxTextLength => 0;

    public ConcurrentQueue<OutboundDelivery> Sent { get; } = new();

    public Task<SendOutcome> SendAsync(OutboundDelivery delivery, CancellationToken cancellationToken)
    {
        Sent.Enqueue(delivery);
        return Task.FromResult(SendOutcome.Accepted("id-" + Sent.Count, "queued"));
    }
}
