using CityCrm.Channels.Schema;

namespace CityCrm.Channels;

/// <summary>
/// Delivers an outgoing activity, already stored, to the resident on one channel that pushes (SMS, email...).
/// One implementation per channel, chosen by <see cref="ChannelId"/>; credentials come from the inbox.
/// Channels the resident pulls from (Direct Line) have no sender: they read the transcript.
/// </summary>
public interface IChannelSender
{
    string ChannelId { get; }

    /// <summary>
    /// The longest text one provider message may carry (1,600 for Twilio SMS), or 0 for no limit. The outbox splits
    /// longer texts into parts at sensible boundaries and sends each part as its own message, in order.
    /// </summary>
    int MaxTextLength { get; }

    /// <summary>
    /// Hands one message to the provider. Never throws for a provider's refusal or outage: the outcome says
    /// whether it was accepted, should be retried later, or failed for good.
    /// </summary>
    Task<SendOutcome> SendAsync(OutboundDelivery delivery, CancellationToken cancellationToken);
}
