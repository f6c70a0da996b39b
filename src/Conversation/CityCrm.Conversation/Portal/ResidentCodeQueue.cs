using System.Threading.Channels;

namespace CityCrm.Conversations.Portal;

/// <summary>
/// Codes waiting to go out. Sending after the answer, not before, makes a known address answer as fast as an unknown
/// one, so timing does not tell who the city knows.
/// </summary>
public sealed class ResidentCodeQueue
{
    private readonly Channel<ResidentCodeDelivery> channel = Channel.CreateBounded<ResidentCodeDelivery>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<ResidentCodeDelivery> Reader => channel.Reader;

    /// <summary>Queues a code; false when the queue is full (the resident asks again).</summary>
    public bool Enqueue(ResidentCodeDelivery delivery) => channel.Writer.TryWrite(delivery);
}
