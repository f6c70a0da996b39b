using CityCrm.Channels.Meta.Rest;
using CityCrm.Channels.Meta.Security;

namespace CityCrm.Channels.Meta.Outbound;

/// <summary>
/// Sends a stored outgoing message on WhatsApp from the number of the conversation's inbox. Inside the 24-hour
/// window it goes as written (with reply buttons where they fit); outside it, only the approved template configured
/// for its notification type may be sent, and without one the message fails with the reason.
/// </summary>
public sealed class WhatsAppSender(GraphClient graph, MetaDirectory directory, CustomerServiceWindow window) : IChannelSender
{
    /// <summary>The longest text body WhatsApp accepts; the outbox splits longer texts.</summary>
    public const int MaxBodyLength = 4096;

    /// <summary>The reason a message is not sent outside the window when no template can stand in for it.</summary>
    public const string TemplateRequired = "outside the 24-hour window: template required";

    public string ChannelId => ChannelIds.WhatsApp;

    public int MaxTextLength => MaxBodyLength;

    public async Task<SendOutcome> SendAsync(OutboundDelivery delivery, CancellationToken cancellationToken)
    {
        var number = directory.FindNumberByInbox(delivery.InboxId);
        if (number is null)
            return SendOutcome.Failed($"No WhatsApp number is configured for inbox {delivery.InboxId}.");
        // WhatsApp addresses residents by wa_id: the international number without "+".
        var to = delivery.Address.TrimStart('+');
        var activity = delivery.Activity;
        if ((await window.GetAsync(delivery.ConversationId, cancellationToken)).IsOpen)
        {
            if (string.IsNullOrWhiteSpace(activity.Text))
                return SendOutcome.Failed("The message has no text to send.");
            return await graph.SendWhatsAppAsync(number, WhatsAppPayloads.ForActivity(to, activity), cancellationToken);
        }
        var type = TemplateValues.NotificationType(activity);
        if (directory.FindTemplate(type) is not { } template)
            return SendOutcome.Failed($"{TemplateRequired} (no \"{type}\" template is configured).");
        return await graph.SendWhatsAppAsync(number, WhatsAppPayloads.Template(to, template, TemplateValues.For(template, activity)), cancellationToken);
    }
}
