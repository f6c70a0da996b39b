using CityCrm.Channels.Meta.Rest;
using CityCrm.Channels.Meta.Security;

namespace CityCrm.Channels.Meta.Outbound;

/// <summary>
/// Sends a stored outgoing message on Messenger from the page of the conversation's inbox: as a RESPONSE inside the
/// 24-hour window; afterwards only a person's reply, tagged HUMAN_AGENT, within seven days of the resident's last message.
/// </summary>
public sealed class MessengerSender(GraphClient graph, MetaDirectory directory, CustomerServiceWindow window, TimeProvider clock)
    : IChannelSender, ITypingSender
{
    /// <summary>Messenger keeps "typing_on" up for 20 seconds or until the next message; renewing it sooner avoids a gap.</summary>
    public static readonly TimeSpan TypingShownFor = TimeSpan.FromSeconds(15);

    /// <summary>The longest text Messenger accepts in one message; the outbox splits longer texts.</summary>
    public const int MaxBodyLength = 2000;

    public string ChannelId => ChannelIds.Messenger;

    public int MaxTextLength => MaxBodyLength;

    public TimeSpan RepeatAfter => TypingShownFor;

    /// <summary>A sender action is not a message tag may carry: it is only sent inside the 24-hour window.</summary>
    public async Task<bool> SendTypingAsync(string inboxId, string conversationId, string address, CancellationToken cancellationToken)
    {
        if (directory.FindPageByInbox(inboxId) is not { } page || !(await window.GetAsync(conversationId, cancellationToken)).IsOpen)
            return false;
        return (await graph.SendMessengerActionAsync(page, address, "typing_on", cancellationToken)).Kind == SendOutcomeKind.Accepted;
    }

    public async Task<SendOutcome> SendAsync(OutboundDelivery delivery, CancellationToken cancellationToken)
    {
        var page = directory.FindPageByInbox(delivery.InboxId);
        if (page is null)
            return SendOutcome.Failed($"No Messenger page is configured for inbox {delivery.InboxId}.");
        var activity = delivery.Activity;
        if (string.IsNullOrWhiteSpace(activity.Text))
            return SendOutcome.Failed("The message has no text to send.");
        var open = await window.GetAsync(delivery.ConversationId, cancellationToken);
        if (open.IsOpen)
            return await graph.SendMessengerAsync(page, MessengerPayloads.ForActivity(delivery.Address, activity, MessengerPayloads.Response), cancellationToken);
        var byPerson = activity.From?.Role == "agent";
        if (byPerson && open.LastInboundAt is { } last && clock.GetUtcNow() < last + CustomerServiceWindow.HumanAgentLength)
        {
            return await graph.SendMessengerAsync(page,
                MessengerPayloads.ForActivity(delivery.Address, activity, MessengerPayloads.MessageTag, MessengerPayloads.HumanAgentTag), cancellationToken);
        }
        return SendOutcome.Failed(byPerson
            ? "outside Messenger's 7-day window for a person's reply"
            : "outside Messenger's 24-hour window");
    }
}
