using CityCrm.Channels;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Model;

namespace CityCrm.City311.Api;

/// <summary>
/// Whether a person can be answered on one of their conversations now: not after they opted out of the channel, not on
/// a call (it is over; answer by text), not on channels the console does not write to, and on WhatsApp only inside the
/// 24-hour window or as the approved template.
/// </summary>
public sealed class ReplyReach(IOptOutRegistry optOuts, ReplyWindow window)
{
    public async Task<ReachDto> DescribeAsync(Conversation conversation, string? inboxName, CancellationToken cancellationToken)
    {
        ReachDto Reach(bool canReply, string? reason, bool templateOnly = false) =>
            new(conversation.Id, conversation.ChannelId, inboxName, canReply, templateOnly, reason);

        if (conversation.ChannelId is ChannelIds.Voice)
            return Reach(false, "A call cannot be answered afterwards: answer by text.");
        if (conversation.ChannelId is not (ChannelIds.WebChat or ChannelIds.Sms or ChannelIds.Email or ChannelIds.WhatsApp or ChannelIds.Messenger or ChannelIds.Telegram))
            return Reach(false, "The console does not write on this channel.");
        if (await optOuts.IsOptedOutAsync(conversation.ChannelId, conversation.Address, cancellationToken))
            return Reach(false, "The person opted out of this channel.");
        if (await window.DescribeAsync(conversation, cancellationToken) is { Open: false } closed)
            return closed.TemplateAvailable
                ? Reach(true, "The 24-hour window is closed: only the approved template can be sent.", templateOnly: true)
                : Reach(false, "The 24-hour window is closed and no reply template is configured.");
        return Reach(true, conversation.ChannelId == ChannelIds.WebChat ? "Seen when the person opens the chat again." : null);
    }
}
