using CityCrm.Channels;

namespace CityCrm.Conversations.Outbox;

/// <summary>
/// The registered <see cref="IChannelSender"/>s by channel. A channel without one (Direct Line, web chat) is read
/// by its clients from the transcript, so its messages never enter the outbox.
/// </summary>
public sealed class ChannelSenders(IEnumerable<IChannelSender> senders)
{
    // Two senders for one channel is a wiring mistake: fail at start-up rather than pick one silently.
    private readonly Dictionary<string, IChannelSender> byChannel = senders.ToDictionary(s => s.ChannelId, StringComparer.OrdinalIgnoreCase);

    /// <summary>The sender that pushes messages on <paramref name="channelId"/>, or null for channels residents pull from.</summary>
    public IChannelSender? Find(string channelId) => byChannel.GetValueOrDefault(channelId);
}
