using CityCrm.Channels;

namespace CityCrm.OutreachBench;

/// <summary>Makes SMS a pushed channel for planning; the bench sends nothing.</summary>
internal sealed class SilentSmsSender : IChannelSender
{
    public string ChannelId => ChannelIds.Sms;

    public int MaxTextLength => 1600;

    public Task<SendOutcome> SendAsync(OutboundDelivery delivery, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The planning bench sends nothing.");
}
