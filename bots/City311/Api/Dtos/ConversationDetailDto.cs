using CityCrm.Conversations.Hubs;

namespace CityCrm.City311.Api.Dtos;

/// <summary>A conversation with its full transcript, private notes included.</summary>
/// <param name="Conversation">The conversation as listed.</param>
/// <param name="Transcript">Every message, in order, with its delivery status on pushed channels.</param>
/// <param name="OptedOut">Whether the resident's address has opted out of the conversation's channel: replies will not be sent.</param>
/// <param name="Window">On WhatsApp, the 24-hour customer-service window; null on other channels.</param>
public sealed record ConversationDetailDto(
    ConversationSummaryDto Conversation, IReadOnlyList<MessageDto> Transcript, bool OptedOut = false, ChannelWindowDto? Window = null)
{
    /// <summary>When the window closes, for clients that only need the time.</summary>
    public DateTimeOffset? WindowClosesAt => Window?.ClosesAt;
}
