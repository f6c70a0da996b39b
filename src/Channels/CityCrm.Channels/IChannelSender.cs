using CityCrm.Channels.Schema;

namespace CityCrm.Channels;

/// <summary>
/// Delivers an outgoing activity, already stored, to the resident on one channel.
/// One implementation per channel, chosen by <see cref="ChannelId"/>; credentials come from the inbox.
/// </summary>
public interface IChannelSender
{
    string ChannelId { get; }

    Task SendAsync(OutboundDelivery delivery, CancellationToken cancellationToken);
}
