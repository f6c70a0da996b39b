using CityCrm.Channels.Twilio.Rest;
using CityCrm.Channels.Twilio.Security;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Twilio.Sms;

/// <summary>
/// Sends a stored outgoing message as an SMS (MMS with media) from the number of the conversation's inbox. The
/// credentials are the configured number's, looked up for every message, so a changed configuration needs no state.
/// Before sending again a message whose earlier answer was lost, Twilio's message list is asked whether it has it.
/// </summary>
public sealed class TwilioSmsSender(TwilioRestClient rest, TwilioMessageLog log, TwilioNumberDirectory numbers, IOptions<TwilioOptions> options)
    : IChannelSender, ISentMessageLookup
{
    /// <summary>Twilio's limit for one message body; the outbox splits longer texts.</summary>
    public const int MaxBodyLength = 1600;

    public string ChannelId => ChannelIds.Sms;

    public int MaxTextLength => MaxBodyLength;

    public async Task<SendOutcome> SendAsync(OutboundDelivery delivery, CancellationToken cancellationToken)
    {
        var number = numbers.FindBySmsInbox(delivery.InboxId);
        if (number is null)
            return SendOutcome.Failed($"No Twilio number is configured for inbox {delivery.InboxId}.");
        var media = MediaUrls(delivery).ToList();
        var text = delivery.Activity.Text;
        if (string.IsNullOrWhiteSpace(text) && media.Count == 0)
            return SendOutcome.Failed("The message has neither text nor media to send.");
        return await rest.SendMessageAsync(number, numbers.AddressOf(number), delivery.Address, text, media, cancellationToken);
    }

    public async Task<SentLookup> FindSentAsync(OutboundDelivery delivery, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (numbers.FindBySmsInbox(delivery.InboxId) is not { } number)
            return SentLookup.Found([]);
        return await log.FindAsync(number, numbers.AddressOf(number), delivery.Address, delivery.Activity.Text, since, cancellationToken);
    }

    // Twilio fetches media itself, so a file we serve must be given on our public address.
    private IEnumerable<string> MediaUrls(OutboundDelivery delivery)
    {
        var publicBase = options.Value.PublicBaseUrl.TrimEnd('/');
        foreach (var url in delivery.Activity.Attachments?.Select(a => a.ContentUrl) ?? [])
        {
            if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "https" or "http")
                yield return url;
            else if (url is ['/', ..] && publicBase.Length > 0)
                yield return publicBase + url;
        }
    }
}
